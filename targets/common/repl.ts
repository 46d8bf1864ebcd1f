// A minimal line REPL until the real one (its own issue): each line typed is run with exec; a
// line ending in ":" opens a block that runs when an empty line is typed ("... " prompts).
// Lines arriving while a program runs wait their turn. The target owns the console: it feeds
// lines in and shows prompts.

import { MpjsApi } from "./api";

export interface LineRepl {
  // One line of input, without its line ending.
  line(text: string): void;
  // Shows the first prompt.
  begin(): void;
  // Ctrl-C: interrupts the running program (KeyboardInterrupt), or at the prompt drops a
  // half-typed block and prompts again.
  cancel(): void;
  // No more input: then() runs once the lines already given have run.
  end(then: () => void): void;
}

function endsBlockHeader(text: string): boolean {
  var t = text.replace(/\s+$/, "");
  return t.length > 0 && t.charAt(t.length - 1) === ":";
}

export function lineRepl(api: MpjsApi, prompt: (p: string) => void): LineRepl {
  var block: string[] = [];
  var queue: string[] = [];
  var busy = false;
  var ended: (() => void) | null = null;

  function run(source: string) {
    busy = true;
    api.exec(source, function () {
      busy = false;
      prompt(">>> ");
      drain();
    });
  }

  function take(text: string) {
    if (block.length > 0) {
      if (/^\s*$/.test(text)) {
        var source = block.join("\n") + "\n";
        block = [];
        run(source);
      } else {
        block.push(text);
        prompt("... ");
      }
    } else if (endsBlockHeader(text)) {
      block.push(text);
      prompt("... ");
    } else if (/^\s*$/.test(text)) {
      prompt(">>> ");
    } else {
      run(text + "\n");
    }
  }

  function drain() {
    while (!busy && queue.length > 0) take(queue.shift() as string);
    if (!busy && queue.length === 0 && ended !== null) {
      var then = ended;
      ended = null;
      then();
    }
  }

  return {
    line: function (text: string) {
      queue.push(text);
      drain();
    },
    begin: function () {
      prompt(">>> ");
    },
    cancel: function () {
      if (busy) {
        api.interrupt();
        return;
      }
      block = [];
      prompt(">>> ");
    },
    end: function (then: () => void) {
      ended = then;
      drain();
    },
  };
}
