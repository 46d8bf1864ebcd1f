// (to be written)
export function initBytes(): void {}
