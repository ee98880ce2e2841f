/**
 * Preloaded with `node --import` by the determinism gate's second build: the process sees a
 * clock moved by SHIFT_CLOCK_MS (so anything that embeds "today" differs from the first build),
 * while timers and performance.now() run as usual. Only `new Date()` without arguments and
 * `Date.now()` move; dates built from a value (content dates, commit times) do not.
 */
const shift = Number(process.env.SHIFT_CLOCK_MS ?? '0');
if (!Number.isFinite(shift)) throw new Error(`SHIFT_CLOCK_MS=“${process.env.SHIFT_CLOCK_MS}”须为毫秒数`);

const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + shift);
    else super(...(args as [string | number | Date]));
  }

  static override now(): number {
    return RealDate.now() + shift;
  }
}

// Called as a function, Date ignores its arguments and returns the current time as a string.
const ShiftedDateFunction = new Proxy(ShiftedDate, {
  apply: () => new ShiftedDate().toString(),
});

globalThis.Date = ShiftedDateFunction as DateConstructor;
