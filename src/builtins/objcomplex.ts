// (to be written)
export function initComplex(): void {}
