/**
 * Runs the generated deploy/nginx.conf in a real nginx, when one is installed, for the tests
 * that check it: `nginx -t`, and a server on a free local port with dist/ as its root. Finds
 * nginx through NGINX_PATH, else on PATH, else in /usr/sbin; without one the tests say so and skip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function findNginx(): string | undefined {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined;
}

/**
 * A prefix folder with a main nginx.conf that includes the site config the way the sample says
 * (inside http { }), with every path nginx writes kept inside the folder.
 */
function prefix(siteConfig: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(dir, 'tmp'));
  writeFileSync(join(dir, 'site.conf'), siteConfig);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'error_log stderr;',
      'pid nginx.pid;',
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path tmp/${kind};`),
      '  include site.conf;',
      '}',
      '',
    ].join('\n'),
  );
  return dir;
}

/** `nginx -t` on a site config: its status and output. */
export function testNginxConfig(nginx: string, configFile: string): { ok: boolean; output: string } {
  const dir = prefix(readFileSync(configFile, 'utf8'));
  try {
    const result = spawnSync(nginx, ['-t', '-p', `${dir}/`, '-c', 'nginx.conf'], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** The site config as deployed, but listening on a free local port with `dist` as its root. */
export async function startNginx(nginx: string, configFile: string, dist: string): Promise<RunningNginx> {
  const port = await freePort();
  const config = readFileSync(configFile, 'utf8')
    .replace(/^\s*listen\s+[^;]+;/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root\s+[^;]+;/m, `    root ${resolve(dist)};`);
  const dir = prefix(config);
  const child: ChildProcess = spawn(nginx, ['-p', `${dir}/`, '-c', 'nginx.conf', '-g', 'daemon off; master_process off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (child.exitCode !== null || attempt > 100) {
        child.kill();
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`nginx 未能启动:${stderr}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
