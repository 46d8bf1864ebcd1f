// The hardware a target gives to `machine`: plain JS functions over the board's peripherals (Espruino's
// digitalWrite & co., IoT.js's gpio/i2c/..., the simulated board of the Node target). Every member is
// optional: what a host leaves out makes the matching machine call raise OSError.
//
// Pins and buses are named by what the Python code passed (Pin(2), Pin("LED"), I2C(0)): numbers or
// strings, which the target maps onto its own names. Bytes go out as a Uint8Array that is a view
// of the Python heap, valid only during the call (a HAL that keeps them copies them), so that a
// display's frame buffer is not turned into a JS array (on Espruino a JsVar per byte); they come
// back as anything indexable (Espruino's Uint8Array, IoT.js's arrays).

export interface HalI2C {
  // Writes bytes to the device at addr; answers how many bytes the device acknowledged, or -1
  // when nothing acknowledged the address. stop false: the next transfer is a repeated start.
  write(addr: number, bytes: Uint8Array, stop: boolean): number;
  // Reads n bytes from the device at addr, or null when nothing acknowledged the address.
  read(addr: number, n: number, stop: boolean): ArrayLike<number> | null;
}

export interface HalSPI {
  // Clocks bytes out and answers the bytes clocked in at the same time.
  transfer(bytes: Uint8Array): ArrayLike<number>;
}

export interface HalUART {
  write(bytes: Uint8Array): void;
  close(): void;
}

export interface Hal {
  // The canonical name of a pin (what the other pin calls receive), or null: no such pin.
  pinId?(id: number | string): number | string | null;
  // mode: Pin.IN (0), OUT (1), OPEN_DRAIN (2), ALT (3), ANALOG (4); pull: 0 none, 1 up, 2 down.
  pinMode?(pin: number | string, mode: number, pull: number): void;
  pinRead?(pin: number | string): number;
  pinWrite?(pin: number | string, value: number): void;
  // Calls fn(level) on each change of the pin's level matching edges (1 rising, 2 falling, 3
  // both); answers a handle for unwatch.
  pinWatch?(pin: number | string, edges: number, fn: (level: number) => void): any;
  unwatch?(handle: any): void;

  // The pin's voltage as a fraction of the reference (0..1).
  adcRead?(pin: number | string): number;
  // Drives a PWM signal: freq in Hz, duty as a fraction (0..1); pwmStop ends it.
  pwmSet?(pin: number | string, freq: number, duty: number): void;
  pwmStop?(pin: number | string): void;

  // Buses: id is the bus number (hardware) or null with pins (software); opts are MicroPython's
  // arguments with pins as canonical names: {freq, scl, sda}, {baudrate, polarity, phase, bits,
  // firstbit, sck, mosi, miso}, {baudrate, bits, parity, stop, tx, rx}. Null: no such bus.
  i2cOpen?(id: number | string | null, opts: any): HalI2C | null;
  spiOpen?(id: number | string | null, opts: any): HalSPI | null;
  // onData receives the bytes the UART receives.
  uartOpen?(id: number | string, opts: any, onData: (bytes: ArrayLike<number>) => void): HalUART | null;

  // Sends bytes on a pin as machine.bitstream's encoding 0 (high/low times in ns: timing).
  bitstream?(pin: number | string, timing: number[], bytes: Uint8Array): void;

  // Runs fn after ms (again every ms when periodic) on the host's event loop.
  timerSet?(fn: () => void, ms: number, periodic: boolean): any;
  timerClear?(handle: any): void;

  // CPU frequency in Hz; setFreq changes it.
  freq?(): number;
  setFreq?(hz: number): void;
  // Restarts the board (it may return on a simulated one); cause is machine's reset cause
  // constant the next boot reports (WDT_RESET, DEEPSLEEP_RESET, HARD_RESET...).
  reset?(cause: number): void;
  resetCause?(): number;
  uniqueId?(): number[];
}
