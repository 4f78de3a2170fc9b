import { readdirSync, readFileSync } from 'node:fs';

/** CPU time counters from /proc, to tell which process a phase was bound by. Linux only. */
export interface CpuSnapshot {
  at: number;
  machineBusyTicks: number;
  machineTotalTicks: number;
  /** This process's main thread: the server's event loop during the API phase. */
  mainThreadTicks: number;
  /** The whole Node process, load generator thread included. */
  processTicks: number;
  /** The postmaster and every backend under it; null when not ours to see. */
  postgresTicks: number | null;
}

export interface CpuUse {
  /** Cores kept busy on average over the interval. */
  mainThread: number;
  process: number;
  postgres: number | null;
  /** Share of the whole machine busy, whoever used it. */
  machineBusy: number;
}

// USER_HZ: /proc reports CPU time in these ticks on every mainstream Linux build.
const TICKS_PER_SECOND = 100;

function readTicks(statFile: string): { ppid: number; ticks: number } | null {
  try {
    const stat = readFileSync(statFile, 'utf8');
    // The command name may hold spaces and parentheses; the fields after its last ')' do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function postgresTicks(postmasterPid: number): number | null {
  const root = readTicks(`/proc/${postmasterPid}/stat`);
  if (!root) return null;
  let total = root.ticks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = readTicks(`/proc/${entry}/stat`);
    if (child?.ppid === postmasterPid) total += child.ticks;
  }
  return total;
}

export function cpuSnapshot(postmasterPid: number | null): CpuSnapshot | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
      line.trim().split(/\s+/).slice(1).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    return {
      at: Date.now(),
      machineBusyTicks: busy,
      machineTotalTicks: busy + idle + iowait,
      mainThreadTicks: readTicks(`/proc/self/task/${process.pid}/stat`)?.ticks ?? 0,
      processTicks: readTicks('/proc/self/stat')?.ticks ?? 0,
      postgresTicks: postmasterPid === null ? null : postgresTicks(postmasterPid),
    };
  } catch {
    return null;
  }
}

export function cpuBetween(from: CpuSnapshot | null, to: CpuSnapshot | null): CpuUse | null {
  if (!from || !to || to.at <= from.at) return null;
  const cores = (ticks: number) => ticks / TICKS_PER_SECOND / ((to.at - from.at) / 1000);
  return {
    mainThread: cores(to.mainThreadTicks - from.mainThreadTicks),
    process: cores(to.processTicks - from.processTicks),
    postgres:
      from.postgresTicks === null || to.postgresTicks === null
        ? null
        : cores(to.postgresTicks - from.postgresTicks),
    machineBusy:
      (to.machineBusyTicks - from.machineBusyTicks) /
      Math.max(1, to.machineTotalTicks - from.machineTotalTicks),
  };
}
