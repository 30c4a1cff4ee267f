/** Time a function over repeated rounds; the median of per-op times resists a noisy shared machine. */
export interface Measurement {
  name: string;
  medianNsPerOp: number;
  rounds: number;
  opsPerRound: number;
}

export function measure(name: string, fn: () => unknown, opsPerRound = 200, rounds = 15): Measurement {
  for (let i = 0; i < opsPerRound; i++) fn(); // warm up
  const perOp: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < opsPerRound; i++) fn();
    perOp.push(Number(process.hrtime.bigint() - start) / opsPerRound);
  }
  perOp.sort((a, b) => a - b);
  return { name, medianNsPerOp: perOp[Math.floor(perOp.length / 2)]!, rounds, opsPerRound };
}
