// (to be written)
export function initStrMethods(): void {}
