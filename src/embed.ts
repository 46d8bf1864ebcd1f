// The embedding API every target wraps: create an interpreter on a host, run Python source on it.
// (Temporary stub while the core lands: it only answers that nothing runs yet.)

export interface Host {
  // Program output (sys.stdout), as text; the target buffers lines if its engine must.
  write(s: string): void;
  // Tracebacks and sys.stderr.
  writeErr(s: string): void;
  // Runs fn after ms milliseconds on the engine's event loop. Absent on bare engines (duk, jerry):
  // then exec runs to completion before it returns, and sleeps busy-wait on now().
  schedule?: (fn: () => void, ms: number) => void;
  // Milliseconds, monotonic enough for time.ticks_ms.
  now(): number;
}

export interface Options {
  heapSize?: number; // bytes of the Python heap
  gcStress?: boolean; // collect at every allocation
}

export interface Mpjs {
  // Runs source as __main__; done(null) or done(text of the uncaught exception), exactly once,
  // after the traceback (if any) has been written with host.writeErr.
  exec(source: string, done: (err: string | null) => void): void;
  // Bytes of the Python heap in use (gc.mem_alloc()).
  heapInUse(): number;
}

export const VERSION = "0.1.0";

export function create(host: Host, opts?: Options): Mpjs {
  return {
    exec: function (source: string, done: (err: string | null) => void) {
      host.writeErr("NotImplementedError: the core is not built yet\n");
      done("NotImplementedError: the core is not built yet");
    },
    heapInUse: function () {
      return 0;
    },
  };
}
