// Backtracking: N-queens solutions (nqueens.py in JavaScript).
var N = 10; // duk: 7

function filled(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(false);
  return a;
}

function queens(n) {
  var cols = filled(n);
  var up = filled(2 * n);
  var down = filled(2 * n);

  function place(row) {
    if (row === n) return 1;
    var found = 0;
    for (var c = 0; c < n; c++) {
      if (!cols[c] && !up[row + c] && !down[row - c + n]) {
        cols[c] = up[row + c] = down[row - c + n] = true;
        found += place(row + 1);
        cols[c] = up[row + c] = down[row - c + n] = false;
      }
    }
    return found;
  }

  return place(0);
}

var total = 0;
for (var n = 4; n <= N; n++) total = total * 100 + queens(n);
print("nqueens " + total);
