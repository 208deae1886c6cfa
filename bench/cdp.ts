// A bare DevTools-protocol client for the chart benchmark: Chromium started with --remote-debugging-pipe, messages
// as NUL-terminated JSON on file descriptors 3 (to the browser) and 4 (from it), one flat session per page. It
// exists so that a load can be measured with nothing of a test driver in the page: Playwright adds an isolated
// script world to every document it commits (and waits on every new target), which a reader's browser never does.
import { type ChildProcess, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId?: string) => void;

export class Cdp {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (value: Params) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private buffer = "";
  private readonly child: ChildProcess;
  private readonly out: Writable;

  private constructor(child: ChildProcess, out: Writable, input: Readable) {
    this.child = child;
    this.out = out;
    // A browser that fails to start or dies fails every call still waiting, instead of leaving it hanging.
    const gone = (why: string) => {
      for (const call of this.waiting.values()) call.reject(new Error(`Chromium ${why}`));
      this.waiting.clear();
    };
    child.on("error", (error) => gone(`did not start: ${error.message}`));
    child.on("exit", (code, signal) => gone(`exited (${signal ?? `code ${code}`})`));
    out.on("error", (error) => gone(`cannot be written to: ${error.message}`));
    input.on("error", (error) => gone(`cannot be read from: ${error.message}`));
    input.setEncoding("utf8");
    input.on("data", (chunk: string) => {
      this.buffer += chunk;
      let end = this.buffer.indexOf("\0");
      while (end >= 0) {
        this.receive(JSON.parse(this.buffer.slice(0, end)));
        this.buffer = this.buffer.slice(end + 1);
        end = this.buffer.indexOf("\0");
      }
    });
  }

  /** Starts Chromium headless with the given switches and a debugging pipe. */
  static launch(executable: string, args: readonly string[]): Cdp {
    const child = spawn(executable, ["--headless", "--remote-debugging-pipe", ...args, "about:blank"], {
      stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
    });
    return new Cdp(child, child.stdio[3] as Writable, child.stdio[4] as Readable);
  }

  private receive(message: {
    id?: number;
    method?: string;
    params?: Params;
    result?: Params;
    error?: { message: string };
    sessionId?: string;
  }): void {
    if (message.id !== undefined) {
      const call = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error) call?.reject(new Error(message.error.message));
      else call?.resolve(message.result ?? {});
      return;
    }
    for (const listener of this.listeners.get(message.method ?? "") ?? [])
      listener(message.params ?? {}, message.sessionId);
  }

  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    if (this.child.exitCode !== null) return Promise.reject(new Error(`${method}: Chromium has exited`));
    const id = this.next++;
    this.out.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        resolve,
        reject: (error) => reject(new Error(`${method}: ${error.message}`)),
      });
    });
  }

  /** Calls the listener for each event of that name until the returned function is called. */
  on(method: string, listener: Listener): () => void {
    const set = this.listeners.get(method) ?? new Set();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    await this.send("Browser.close").catch(() => undefined);
    await exited;
  }
}
