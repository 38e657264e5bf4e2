// CPU time of the browser the benchmark launched (Linux /proc): the descendants of this Node
// process. Frames per second are wall-clock and fall with the machine's other load; CPU
// milliseconds per frame are what the page itself costs, so they are printed beside them.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** User + system CPU seconds of every descendant process of `root`, by Chromium process type. */
export function descendantCpu(root = process.pid): Record<string, number> | null {
  if (!existsSync("/proc/self/stat")) return null;
  const procs = new Map<number, { ppid: number; cpu: number; type: string }>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cmd = readFileSync(`/proc/${d}/cmdline`, "utf8");
      // Clock ticks: 100 per second on Linux.
      procs.set(Number(d), {
        ppid: Number(f[1]),
        cpu: (Number(f[11]) + Number(f[12])) / 100,
        type: /--type=([a-z-]+)/.exec(cmd)?.[1] ?? "browser",
      });
    } catch {
      // The process ended while we read.
    }
  }
  const out: Record<string, number> = { total: 0 };
  const walk = (pid: number) => {
    for (const [child, p] of procs) {
      if (p.ppid !== pid) continue;
      out[p.type] = (out[p.type] ?? 0) + p.cpu;
      out.total! += p.cpu;
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** CPU ms per frame between two readings: total, and the GPU process (SwiftShader) alone. */
export function cpuPerFrame(
  before: Record<string, number> | null,
  after: Record<string, number> | null,
  frames: number,
): { total: number; gpu: number } | null {
  if (!before || !after || frames === 0) return null;
  const d = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
  return { total: d("total") / frames, gpu: d("gpu-process") / frames };
}
