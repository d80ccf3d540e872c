import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import net from 'node:net';
import { commandLine } from './processes.js';

/**
 * The kernel's range of ephemeral ports (Linux: ip_local_port_range), from
 * which it picks the local port of every outgoing connection.
 */
export function ephemeralPortRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low! > 0 && high! >= low!) return [low!, high!];
  } catch {
    // not Linux: the IANA range most other systems use
  }
  return [49152, 65535];
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A TCP port free a moment ago on 127.0.0.1, chosen at random outside the
 * ephemeral range: a port the kernel handed out (listen on port 0) can be
 * taken by any process's next outgoing connection before our server binds it.
 */
export async function freePort(): Promise<number> {
  const [low, high] = ephemeralPortRange();
  // The larger span below or above the ephemeral range, clear of the well-known ports.
  const below: [number, number] = [10_000, low - 1];
  const above: [number, number] = [high + 1, 65_535];
  const [from, to] = below[1] - below[0] >= above[1] - above[0] ? below : above;
  for (let tries = 0; tries < 50 && to > from; tries++) {
    const port = from + Math.floor(Math.random() * (to - from + 1));
    if (await canListen(port)) return port;
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The process listening on TCP `port`, when this system says (Linux: the
 * socket's inode in /proc/net/tcp{,6}, then whose file descriptors hold it;
 * only processes this user may look into are found).
 */
export function portHolder(port: number): { pid: number; command: string } | undefined {
  if (process.platform !== 'linux') return undefined;
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; column 9 is the inode.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9] && cols[9] !== '0') inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  const wanted = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (wanted.has(target)) {
        const pid = Number(entry);
        return { pid, command: commandLine(pid)?.join(' ') ?? '?' };
      }
    }
  }
  return undefined;
}

/** How to see which process listens on `port`, on this system. */
export function findPortCommand(port: number): string {
  return process.platform === 'linux' ? `ss -ltnp 'sport = :${port}'` : `lsof -nP -iTCP:${port} -sTCP:LISTEN`;
}

/**
 * Throws when something already listens on `port`, saying what it is when
 * the system tells, how to find it, and how to run elsewhere.
 */
export async function ensurePortFree(
  port: number,
  use: { what: string; env: string; alternative?: string },
): Promise<void> {
  if (!(await isPortOpen(port))) return;
  const holder = portHolder(port);
  const by = holder
    ? `pid ${holder.pid} (${holder.command.length > 160 ? `${holder.command.slice(0, 157)}...` : holder.command})`
    : 'a process';
  throw new Error(
    [
      `port ${port} (${use.what}) is taken by ${by}, not by a server that an earlier start with this data directory left running.`,
      `  see it with:  ${findPortCommand(port)}`,
      `  then stop it, or choose another port: ${use.env}=<port> npm start` +
        (use.alternative ? `, or ${use.alternative}` : ''),
    ].join('\n'),
  );
}
