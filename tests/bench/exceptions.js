// Exceptions (exceptions.py in JavaScript): error classes by prototype, instanceof to dispatch.
var N = 8000; // duk: 1000

function AppError(msg) {
  this.message = msg;
}
AppError.prototype = Object.create(Error.prototype);
AppError.prototype.constructor = AppError;

function NotFound(key) {
  AppError.call(this, key);
  this.key = key;
}
NotFound.prototype = Object.create(AppError.prototype);
NotFound.prototype.constructor = NotFound;

function Invalid(msg) {
  AppError.call(this, msg);
}
Invalid.prototype = Object.create(AppError.prototype);
Invalid.prototype.constructor = Invalid;

function KeyError(key) {
  this.key = key;
}
function ValueError(arg) {
  this.args = [arg];
}
function TypeError_(arg) {
  this.args = [arg];
}

function lookup(table, key) {
  if (key in table) return table[key];
  throw new NotFound(key);
}

function check(v) {
  if (v % 7 === 3) throw new Invalid("bad");
  return v;
}

function getItem(table, key) {
  if (key in table) return table[key];
  throw new KeyError(key);
}

function run(n) {
  var table = Object.create(null);
  var i;
  for (i = 0; i < n; i += 2) table[i] = i * 2;
  var total = 0;
  var finals = 0;
  for (i = 0; i < n; i++) {
    try {
      try {
        total += check(lookup(table, i));
      } finally {
        finals += 1;
      }
    } catch (e) {
      if (e instanceof NotFound) total += e.key & 3;
      else if (e instanceof AppError) total += 5;
      else throw e;
    }
  }
  for (i = 0; i < n; i++) {
    try {
      total += getItem(table, i + 1);
    } catch (e) {
      if (e instanceof KeyError) total += 1;
      else throw e;
    }
  }
  for (i = 0; i < Math.floor(n / 4); i++) {
    try {
      throw new ValueError(i);
    } catch (e) {
      if (e instanceof TypeError_ || e instanceof ValueError) total += e.args[0] & 1;
      else throw e;
    }
  }
  return total + finals;
}

print("exceptions " + run(N));
