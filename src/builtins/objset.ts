// (to be written)
export function initSet(): void {}
