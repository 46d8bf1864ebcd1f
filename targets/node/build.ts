// `mpjs build`: makes one bundle, as `npm run build` makes the standard ones, with a profile and
// frozen modules of the user's choosing:
//
//   mpjs build --target espruino|jerryscript|node [--profile default|board|full] [--freeze DIR] [-o FILE]
//
// The profiles: default (the budgeted engine bundle), board (with the REPL, files and machine),
// full (everything the Node bundle has). --freeze DIR builds DIR's .py modules and packages in,
// imported like MicroPython's frozen modules. It runs the mpjs source tree's own build (rollup and
// TypeScript, its devDependencies), so it works from a checkout after `npm ci`.

declare var require: any;
declare var process: any;
declare var __dirname: string;

function usage(): never {
  process.stderr.write("usage: mpjs build --target espruino|jerryscript|node [--profile default|board|full] [--freeze DIR] [-o FILE]\n");
  process.exit(2);
  throw new Error("unreachable");
}

export function buildMain(argv: string[]): void {
  var fs = require("fs");
  var path = require("path");
  var child = require("child_process");
  var target: string | null = null;
  var profile = "default";
  var freeze = "";
  var out: string | null = null;
  for (var i = 0; i < argv.length; i++) {
    var a = argv[i];
    if (a === "--target" && i + 1 < argv.length) target = argv[++i];
    else if (a === "--profile" && i + 1 < argv.length) profile = argv[++i];
    else if (a === "--freeze" && i + 1 < argv.length) freeze = path.resolve(argv[++i]);
    else if ((a === "-o" || a === "--out") && i + 1 < argv.length) out = path.resolve(argv[++i]);
    else usage();
  }
  if (target !== "espruino" && target !== "jerryscript" && target !== "node") usage();
  if (profile !== "default" && profile !== "board" && profile !== "full") usage();
  if (freeze && !(fs.existsSync(freeze) && fs.statSync(freeze).isDirectory())) {
    process.stderr.write("mpjs build: --freeze: not a directory: " + freeze + "\n");
    process.exit(1);
  }
  var root = path.join(__dirname, "..", "..");
  var rollup = path.join(root, "node_modules", "rollup", "dist", "bin", "rollup");
  if (!fs.existsSync(rollup)) {
    process.stderr.write("mpjs build: needs the mpjs source tree with its devDependencies (git clone, then npm ci)\n");
    process.exit(1);
  }
  var env: any = {};
  for (var k in process.env) env[k] = process.env[k];
  env.MPJS_BUILD_TARGET = target;
  env.MPJS_BUILD_PROFILE = profile;
  env.MPJS_BUILD_OUT = out || path.resolve("mpjs-" + target + ".js");
  env.MPJS_FREEZE = freeze;
  var steps = [
    [path.join(root, "tools", "gen-qstr.mjs")],
    [path.join(root, "tools", "gen-frozen.mjs")],
    [rollup, "-c", "--silent"],
  ];
  var status = 0;
  for (var s = 0; s < steps.length && status === 0; s++) {
    var r = child.spawnSync(process.execPath, steps[s], { cwd: root, env: env, stdio: "inherit" });
    status = r.status === null ? 1 : r.status;
  }
  // the tree's generated tables go back to the standard bundles' (no user modules)
  env.MPJS_FREEZE = "";
  child.spawnSync(process.execPath, [path.join(root, "tools", "gen-frozen.mjs")], { cwd: root, env: env, stdio: "inherit" });
  if (status === 0) process.stderr.write("built " + env.MPJS_BUILD_OUT + "\n");
  process.exitCode = status;
}
