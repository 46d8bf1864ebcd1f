// What the build tools read of a bundle's ES5 syntax tree (acorn's, ESTree): the children of a
// node, functions, the names a function declares, property names, the bundle's IIFE. Each tool
// that walks a bundle (hot-names, top-level-vars, inline-once, message-words, rollup.config.mjs's
// prototype-alias) walks it with these.

// Calls each(child, key) for each node under node (the holes of an array literal left out).
export function children(node, each) {
  for (const key in node) {
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === "string") each(c, key);
    } else if (v && typeof v.type === "string") each(v, key);
  }
}

export function isFunction(n) {
  return n.type === "FunctionDeclaration" || n.type === "FunctionExpression";
}

// The names a function declares (parameters, vars and function declarations of its body, not of
// functions inside it).
export function declared(fn) {
  const names = new Set(fn.params.map((p) => p.name));
  const visit = (n) => {
    if (n.type === "VariableDeclarator") names.add(n.id.name);
    if (n.type === "FunctionDeclaration") {
      names.add(n.id.name);
      return;
    }
    if (n.type !== "FunctionExpression") children(n, visit);
  };
  visit(fn.body);
  return names;
}

// Whether parent[key] is a property's name (`o.name`, `{name: v}`), not a variable's.
export function isPropertyName(parent, key) {
  return !!parent && !parent.computed && ((parent.type === "MemberExpression" && key === "property") || (parent.type === "Property" && key === "key"));
}

// The IIFE's function: `var mpjs = function () { ... }();` (terser's output of rollup's iife).
export function iifeOf(ast) {
  for (const st of ast.body) {
    const init = st.type === "VariableDeclaration" && st.declarations[0].init;
    if (init && init.type === "CallExpression" && init.callee.type === "FunctionExpression") return init.callee;
  }
  return null;
}
