// `==` for `===` (and `!=` for `!==`) where TypeScript knows both operands are numbers, both
// strings or both booleans: for two values of one type the operators are the same (no
// conversion happens), and the bundles are a byte shorter for each of the ~1,400 comparisons of
// the default profile that qualify (terser can prove the types of few of them). Espruino reads
// source text as it runs, and QuickJS and JerryScript keep a copy of it, so it is RAM there too.
//
// A TypeScript transformer (before the emit, where the type checker sees the source's nodes):
// @rollup/plugin-typescript's `transformers` option, rollup.config.mjs ts().

import ts from "typescript";

const KINDS = [ts.TypeFlags.NumberLike, ts.TypeFlags.StringLike, ts.TypeFlags.BooleanLike];

// Which of KINDS every value of type t is (its index), or -1.
function kindOf(t) {
  const parts = t.isUnion() ? t.types : [t];
  for (let k = 0; k < KINDS.length; k++) if (parts.every((p) => (p.flags & KINDS[k]) !== 0)) return k;
  return -1;
}

export function looseEquality() {
  return {
    type: "typeChecker",
    factory(checker) {
      return (context) => (file) => {
        const visit = (node) => {
          let loose = null;
          if (ts.isBinaryExpression(node)) {
            const op = node.operatorToken.kind;
            const strict = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
            if (strict) {
              const a = kindOf(checker.getTypeAtLocation(node.left));
              if (a >= 0 && a === kindOf(checker.getTypeAtLocation(node.right))) {
                loose = op === ts.SyntaxKind.EqualsEqualsEqualsToken ? ts.SyntaxKind.EqualsEqualsToken : ts.SyntaxKind.ExclamationEqualsToken;
              }
            }
          }
          const out = ts.visitEachChild(node, visit, context);
          if (loose === null) return out;
          return context.factory.updateBinaryExpression(out, out.left, context.factory.createToken(loose), out.right);
        };
        return ts.visitNode(file, visit);
      };
    },
  };
}
