/**
 * A small seeded PRNG for the corpus generator. Only 32-bit integer arithmetic (`Math.imul`, shifts)
 * is used, never `Math.random`, `Math.log` or other transcendental functions, so a seed gives the
 * same stream on every machine and Node version.
 */

/** Mixes a 32-bit value well (splitmix32 finaliser): turns a seed and a stream number into sfc32 state. */
function mix32(x: number): number {
	x = (x + 0x9e3779b9) | 0;
	x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
	x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
	return (x ^ (x >>> 15)) >>> 0;
}

/**
 * sfc32 generator with pick/chance helpers. Each article gets its own stream (`new Rng(seed, i)`),
 * so article `i` is the same whatever `--articles` is: a 100-article corpus is the first 100 of a
 * 10,000-article one.
 */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number, stream = 0) {
		this.a = mix32(seed);
		this.b = mix32(this.a ^ stream);
		this.c = mix32(this.b + 0x6d2b79f5);
		this.d = 1;
		// the first outputs of sfc32 are poorly mixed
		for (let i = 0; i < 12; i++) this.u32();
	}

	/** The next unsigned 32-bit integer. */
	u32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		return this.u32() / 4294967296;
	}

	/** An integer in [lo, hi], both ends included. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T {
		if (list.length === 0) throw new Error('Rng.pick: empty list');
		return list[Math.floor(this.next() * list.length)]!;
	}

	/** One element of a non-empty list, element `i` chosen with weight `weights[i]`. */
	weighted<T>(list: readonly T[], weights: readonly number[]): T {
		let total = 0;
		for (let i = 0; i < list.length; i++) total += weights[i] ?? 0;
		let r = this.next() * total;
		for (let i = 0; i < list.length; i++) {
			r -= weights[i] ?? 0;
			if (r < 0) return list[i]!;
		}
		return this.pick(list);
	}

	/** `k` distinct elements of a list, in random order (all of them when `k` exceeds its length). */
	sample<T>(list: readonly T[], k: number): T[] {
		const copy = list.slice();
		const n = Math.min(k, copy.length);
		for (let i = 0; i < n; i++) {
			const j = i + Math.floor(this.next() * (copy.length - i));
			const t = copy[i]!;
			copy[i] = copy[j]!;
			copy[j] = t;
		}
		return copy.slice(0, n);
	}
}
