// `mpjs deploy`: puts mpjs on an Espruino board. The deploy stream is JavaScript typed into
// Espruino's own REPL: it writes the Espruino bundle into the board's Storage in chunks (a chunk
// is a string the board holds in RAM while it writes it to flash), writes the given Python files
// next to it, makes the board boot into mpjs (.bootcde evaluates the bundle from Storage, so its
// code stays in flash, then mpjs.start() takes the console for the Python REPL), checks what it
// wrote with a CRC read back on the board, and restarts it.
//
// The bundle goes on the board pretokenised (NAME.tok, which the build writes beside NAME.js:
// tools/pretokenise.mjs): about a sixth less flash, and less text for Espruino to lex. It needs
// Espruino 2v26 or later (not built without pretokenisation); on another firmware the boot code
// says so and leaves Espruino's REPL.
//
//   mpjs deploy --port PORT [--board NAME] [--profile board|default | --bundle B.js] [--text] [FILES...]
//       sends it to the board (the espruino package)
//   mpjs deploy --out FILE ...   writes the stream to FILE instead
//
// The board profile (dist/espruino/mpjs-board.tok, the default here) has the REPL, files and
// machine; the default profile (dist/espruino/mpjs.tok) is the one within the size budget.
// --bundle B.js deploys an Espruino bundle of `mpjs build` (frozen modules of one's own), through
// the B.tok that mpjs build writes beside it. --text sends the bundle's text instead of its
// pretokenised form, for a firmware that cannot read that (a sixth more flash).

declare var require: any;
declare var process: any;
declare var __dirname: string;
declare var setTimeout: any;
declare var global: any;

// the characters of a Storage write's string literal (a byte of the data takes one to four): small
// enough for the line and its string to fit a board's free RAM
var CHUNK = 2048;
// the Storage name of the bundle and the line the board answers when the read-back matches
var BUNDLE_NAME = "mpjs.js";
var OK_LINE = "mpjs deploy: ok";

// Python heap per board, in bytes (Espruino's own variables need the rest of the RAM)
var BOARDS: { [name: string]: number } = {
  ESP32: 32 * 1024, // of its 16,383 JsVars the board profile takes about 10,800, this heap about 2,600
  ESP8266: 12 * 1024,
  PICO: 16 * 1024,
  ESPRUINOWIFI: 24 * 1024,
  PUCKJS: 12 * 1024,
  BANGLEJS2: 24 * 1024,
  STM32: 16 * 1024,
};

export interface DeployFile {
  name: string; // the name on the board
  data: string; // its content, one byte per character
}

// CRC-32 (IEEE, as Espruino's E.CRC32) of a string of bytes
export function crc32(s: string): number {
  var c = ~0;
  for (var i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i) & 255;
    for (var k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

// The bytes of data from `from` on as a string literal of about CHUNK characters at most, and
// where they end. A byte outside printable ASCII is a \x escape: typed raw, a byte of 128 or more
// could be read as UTF-8 by a firmware with Unicode strings.
function piece(data: string, from: number): { text: string; end: number } {
  var text = '"';
  var i = from;
  for (; i < data.length && text.length < CHUNK; i++) {
    var c = data.charCodeAt(i) & 255;
    if (c === 34 || c === 92) text += "\\" + data.charAt(i);
    else if (c >= 32 && c < 127) text += data.charAt(i);
    else text += (c < 16 ? "\\x0" : "\\x") + c.toString(16);
  }
  return { text: text + '"', end: i };
}

function storageWrites(name: string, data: string): string[] {
  var lines: string[] = [];
  if (data.length === 0) return ["s.write(" + JSON.stringify(name) + ', "");'];
  for (var off = 0; off < data.length; ) {
    var p = piece(data, off);
    // the first write sizes the file; the others fill it in at their offset
    lines.push("s.write(" + JSON.stringify(name) + ", " + p.text + ", " + off + (off === 0 ? ", " + data.length : "") + ");");
    off = p.end;
  }
  return lines;
}

// The JavaScript that deploys bundle and files; heapSize: the Python heap the board boots with;
// pretokenised: whether the bundle is (then the boot code first checks that the firmware reads it).
export function deployStream(bundle: string, files: DeployFile[], heapSize: number, pretokenised: boolean): string {
  var lines = ["// mpjs deploy: " + files.length + " file(s), bundle " + bundle.length + " bytes", 'var s = require("Storage");', "s.erase(" + JSON.stringify(BUNDLE_NAME) + ");"];
  lines = lines.concat(storageWrites(BUNDLE_NAME, bundle));
  var checks = [JSON.stringify(BUNDLE_NAME) + ", " + crc32(bundle)];
  for (var i = 0; i < files.length; i++) {
    if (files[i].name.length > 28) throw new Error(files[i].name + ": a Storage name has at most 28 characters");
    lines.push("s.erase(" + JSON.stringify(files[i].name) + ");");
    lines = lines.concat(storageWrites(files[i].name, files[i].data));
    checks.push(JSON.stringify(files[i].name) + ", " + crc32(files[i].data));
  }
  // the board profile moves the files listed here into its file system at its next start
  lines.push('s.erase("mpjs.new");');
  lines = lines.concat(storageWrites("mpjs.new", JSON.stringify(files.map(function (f) {
    return f.name;
  }))));
  // First whether the firmware reads pretokenised code: a raw integer (the newest kind, 2v26) is
  // evaluated; a firmware without (older, or one built to save flash) throws or gives another
  // value. The bundle is evaluated at the top level, not in a function, so that its `var mpjs` is
  // global.
  var run = "{eval(require(\"Storage\").read(" + JSON.stringify(BUNDLE_NAME) + "));mpjs.start({heapSize:" + heapSize + "});}";
  var boot = pretokenised
    ? 'if((function(){try{return eval("\\xd4\\x05")===5}catch(e){}})())' +
      run +
      'else print("mpjs needs an Espruino that reads pretokenised code (2v26 or later), this is "+process.env.VERSION+": mpjs deploy --text sends one that does not");'
    : run;
  lines = lines.concat(storageWrites(".bootcde", boot));
  // the read-back check: every file's CRC on the board against the one computed here
  lines.push(
    "(function (c) { for (var i = 0; i < c.length; i += 2) if (E.CRC32(s.read(c[i]) || \"\") !== c[i + 1]) { print(\"mpjs deploy: \" + c[i] + \" differs\"); return; } print(" +
      JSON.stringify(OK_LINE) +
      "); })([" +
      checks.join(", ") +
      "]);",
  );
  lines.push("load();");
  return lines.join("\n") + "\n";
}

function usage(): never {
  process.stderr.write("usage: mpjs deploy (--port PORT | --out FILE) [--board " + Object.keys(BOARDS).join("|") + "] [--profile board|default | --bundle B.js] [--text] [FILES...]\n");
  process.exit(2);
  throw new Error("unreachable");
}

function progress(done: number, total: number): void {
  var width = 30;
  var n = Math.round((done / total) * width);
  process.stderr.write("\r[" + new Array(n + 1).join("#") + new Array(width - n + 1).join(" ") + "] " + Math.round((done / total) * 100) + "%");
}

// Sends the stream line by line over the espruino package's serial connection, with a progress
// bar, and reports whether the board answered the read-back check.
function send(port: string, stream: string): void {
  var esp = require("espruino");
  var lines = stream.split("\n");
  var answer = "";
  esp.init(function () {
    var Espruino = (global as any).Espruino;
    Espruino.Core.Serial.startListening(function (data: ArrayBuffer) {
      var b = new Uint8Array(data);
      for (var i = 0; i < b.length; i++) answer += String.fromCharCode(b[i]);
    });
    Espruino.Core.Serial.open(
      port,
      function (status: any) {
        if (status === undefined) {
          process.stderr.write("mpjs deploy: cannot open " + port + "\n");
          process.exit(1);
        }
        var k = 0;
        var next = function () {
          progress(k, lines.length);
          if (k >= lines.length) {
            process.stderr.write("\n");
            setTimeout(function () {
              Espruino.Core.Serial.close();
            }, 2000);
            return;
          }
          // \x10 before a line: Espruino's REPL does not echo it
          Espruino.Core.Serial.write("\x10" + lines[k++] + "\n", false, next);
        };
        next();
      },
      function () {
        var ok = answer.indexOf(OK_LINE) >= 0;
        process.stderr.write(ok ? "deployed: the board read back what was written\n" : "mpjs deploy: the board did not confirm the files (its answer: " + JSON.stringify(answer.slice(-200)) + ")\n");
        process.exit(ok ? 0 : 1);
      },
    );
  });
}

export function deployMain(argv: string[]): void {
  var fs = require("fs");
  var path = require("path");
  var port: string | null = null;
  var out: string | null = null;
  var board = "ESP32";
  var profile = "board";
  var bundleFile: string | null = null;
  var text = false;
  var names: string[] = [];
  for (var i = 0; i < argv.length; i++) {
    var a = argv[i];
    if (a === "--port" && i + 1 < argv.length) port = argv[++i];
    else if (a === "--out" && i + 1 < argv.length) out = argv[++i];
    else if (a === "--board" && i + 1 < argv.length) board = argv[++i].toUpperCase();
    else if (a === "--profile" && i + 1 < argv.length) profile = argv[++i];
    else if (a === "--bundle" && i + 1 < argv.length) bundleFile = argv[++i];
    else if (a === "--text") text = true;
    else if (a.charAt(0) === "-") usage();
    else names.push(a);
  }
  if ((port === null) === (out === null) || !(board in BOARDS) || (profile !== "board" && profile !== "default")) usage();
  var js = bundleFile !== null ? bundleFile : path.join(__dirname, "..", "espruino", profile === "board" ? "mpjs-board.js" : "mpjs.js");
  // (the name tools/pretokenise.mjs's tokFile gives the pretokenised form)
  var file = text ? js : js.replace(/\.js$/, "") + ".tok";
  if (!fs.existsSync(file)) {
    process.stderr.write("mpjs deploy: no " + file + (text ? "" : " (the pretokenised bundle that mpjs build and npm run build write beside the bundle)") + "\n");
    process.exit(1);
  }
  var bundle = fs.readFileSync(file, "latin1");
  var files: DeployFile[] = [];
  for (var k = 0; k < names.length; k++) files.push({ name: path.basename(names[k]), data: fs.readFileSync(names[k], "latin1") });
  var stream = deployStream(bundle, files, BOARDS[board], !text);
  if (out !== null) {
    fs.writeFileSync(out, stream, "latin1");
    process.stderr.write("wrote " + out + " (" + stream.length + " bytes)\n");
    return;
  }
  send(port as string, stream);
}
