// (to be written)
export function initFormat(): void {}
