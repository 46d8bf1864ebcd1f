// Output for engines whose console prints whole lines only (print / console.log end the line):
// text is kept until a newline arrives, then each complete line is emitted without its "\n".
// flush() emits what is left (called when a program is done), so nothing is ever lost; a final
// line that had no newline gains one, which such a console cannot avoid.

export interface LineWriter {
  write(s: string): void;
  flush(): void;
}

export function lineWriter(emit: (line: string) => void): LineWriter {
  var pending = "";
  return {
    write: function (s: string) {
      var start = 0;
      var nl = s.indexOf("\n");
      while (nl >= 0) {
        emit(pending + s.substring(start, nl));
        pending = "";
        start = nl + 1;
        nl = s.indexOf("\n", start);
      }
      pending += s.substring(start);
    },
    flush: function () {
      if (pending.length > 0) {
        var line = pending;
        pending = "";
        emit(line);
      }
    },
  };
}
