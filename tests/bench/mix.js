// A mixed workload in the spirit of pystone (mix.py in JavaScript).
var N = 5000; // duk: 200

var IDLE = 0;
var RUN = 1;
var WAIT = 2;
var DONE = 3;

function Task(ident, kind) {
  this.ident = ident;
  this.kind = kind;
  this.state = IDLE;
  this.work = 0;
  this.name = "task" + String(ident % 10);
  this.next = null;
}

var grid = [];
for (var gi = 0; gi < 16; gi++) {
  var row = [];
  for (var gj = 0; gj < 16; gj++) row.push(0);
  grid.push(row);
}
var flags = [];
for (var fi = 0; fi < 32; fi++) flags.push(0);
var ticks = 0;

function advance(t) {
  ticks += 1;
  if (t.state === IDLE) {
    t.state = RUN;
  } else if (t.state === RUN) {
    t.work += t.kind;
    if (t.work > 20) t.state = WAIT;
  } else if (t.state === WAIT) {
    t.state = t.work > 40 ? DONE : RUN;
    t.work += 3;
  } else {
    t.state = IDLE;
    t.work = 0;
  }
  return t.state;
}

function classify(a, b) {
  if (a === b) return 0;
  if (a < b) return 1;
  return 2;
}

function fill(row, col, v) {
  grid[row][col] = v;
  grid[col][row] += v;
  flags[(row + col) & 31] += 1;
}

function sum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i];
  return s;
}

function run(n) {
  var tasks = [];
  var i;
  for (i = 0; i < 12; i++) tasks.push(new Task(i, (i % 4) + 1));
  for (i = 0; i < 11; i++) tasks[i].next = tasks[i + 1];
  var total = 0;
  for (var loop = 0; loop < n; loop++) {
    var t = tasks[0];
    while (t !== null) {
      total += advance(t);
      t = t.next;
    }
    total += classify(tasks[loop % 12].name, tasks[(loop * 5) % 12].name);
    fill(loop & 15, (loop >> 4) & 15, loop & 7);
  }
  for (i = 0; i < grid.length; i++) total += sum(grid[i]);
  return total + sum(flags) + ticks;
}

print("mix " + run(N));
