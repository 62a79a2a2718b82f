/**
 * The normal and Student t distributions, as far as the intervals and tests
 * of §9 need them: tail probabilities and quantiles, accurate to about
 * 1e-14 relative (R / SciPy agree to 1e-10 at every tail used here; see
 * test/scoring/distributions.test.ts). Private: nothing here is exported by
 * the package.
 *
 * Sources:
 * - normal quantile: Wichura, "Algorithm AS 241: The Percentage Points of the
 *   Normal Distribution", Applied Statistics 37 (1988), PPND16 (the
 *   algorithm behind R's `qnorm`);
 * - erfc: the series of Abramowitz & Stegun 7.1.6 below 2.5 (all terms
 *   positive, no cancellation) and the continued fraction of A&S 7.1.14
 *   (evaluated by the modified Lentz method) above it, each summed to full
 *   precision rather than truncated to a fitted rational form;
 * - Student t: the regularized incomplete beta function by its continued
 *   fraction (Numerical Recipes, 3rd ed., §6.4 `betacf`, modified Lentz),
 *   with B(a, ½) from Stirling's series so that large degrees of freedom do
 *   not cancel two huge log-gammas; the quantile by safeguarded Newton
 *   steps on the tail probability.
 */

const EPS = 1e-16;
const TINY = 1e-300;
const SQRT_PI = 1.7724538509055160273;
const LN_SQRT_PI = 0.57236494292470008707;

function poly(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i -= 1) sum = sum * x + coefficients[i]!;
  return sum;
}

// AS 241 PPND16 coefficients (Wichura 1988), lowest power first.
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457,
  67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061,
  28729.085735721942674, 5226.495278852854561,
];
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/** Φ⁻¹(p) for p in (0, 1): the z with P(Z ≤ z) = p (AS 241). */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    x = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -x : x;
}

/** e^{−x²}, with x² split so that its rounding does not cost digits at large x (as in Cody's ANORM). */
function expMinusSquare(x: number): number {
  const head = Math.trunc(x * 16) / 16;
  return Math.exp(-head * head) * Math.exp(-(x - head) * (x + head));
}

/** erfc(x) for x ≥ 0. */
function erfcPositive(x: number): number {
  if (x < 1.5) {
    // A&S 7.1.6: erf x = 2/√π e^{−x²} Σ 2ⁿ x^{2n+1} / (1·3···(2n+1)); erfc ≥ 0.03 here, so 1 − erf keeps its digits
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n += 1) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
      if (term < sum * EPS) break;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x2) * sum;
  }
  // A&S 7.1.14: erfc x = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 1000; n += 1) {
    const an = n / 2;
    d = x + an * d;
    d = d === 0 ? TINY : 1 / d;
    c = x + an / c;
    if (c === 0) c = TINY;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return expMinusSquare(x) / (SQRT_PI * f);
}

/** Φ(x) = P(Z ≤ x) for the standard normal Z. */
export function normalCdf(x: number): number {
  const z = x / Math.SQRT2;
  return z < 0 ? erfcPositive(-z) / 2 : 1 - erfcPositive(z) / 2;
}

/** Two-sided tail of the standard normal: P(|Z| ≥ |x|) = erfc(|x|/√2). */
export function normalTwoSided(x: number): number {
  return Math.min(1, erfcPositive(Math.abs(x) / Math.SQRT2));
}

/** Stirling's correction: ln Γ(a) − ((a − ½) ln a − a + ln √(2π)), for a ≥ 10. */
function stirlingError(a: number): number {
  const r = 1 / (a * a);
  // Bernoulli terms B₂ₖ / (2k(2k − 1) a^{2k−1}), k = 1..8; the ninth is below 1e-17 for a ≥ 10
  return (
    (1 / 12 +
      r *
        (-1 / 360 +
          r * (1 / 1260 + r * (-1 / 1680 + r * (1 / 1188 + r * (-691 / 360360 + r * (1 / 156 + r * (-3617 / 122400)))))))) /
    a
  );
}

/** ln B(a, ½) for a > 0, without cancelling large log-gammas. */
function lnBetaHalf(a: number): number {
  // ln B(a, ½) = ln √π + ln Γ(a) − ln Γ(a + ½); shift a up to 10 with Γ(a + 1) = aΓ(a)
  let shift = 0;
  let x = a;
  while (x < 10) {
    shift += Math.log((x + 0.5) / x);
    x += 1;
  }
  // ln Γ(x) − ln Γ(x + ½) by Stirling: −½ ln x − x ln(1 + 1/(2x)) + ½ + δ(x) − δ(x + ½)
  const ratio = -0.5 * Math.log(x) - x * Math.log1p(0.5 / x) + 0.5 + stirlingError(x) - stirlingError(x + 0.5);
  return LN_SQRT_PI + ratio + shift;
}

/** The continued fraction of I_x(a, b) (Numerical Recipes `betacf`, modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100000; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** Above this many degrees of freedom the t tail comes from Hill's expansion (see {@link studentTwoSided}). */
const HILL_DF = 10000;

/**
 * Two-sided tail of Student's t with `df` degrees of freedom:
 * P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½).
 *
 * For large ν the continued fraction near x = 1 loses about log₁₀(1/(1 − x))
 * digits, so above {@link HILL_DF} degrees of freedom the tail is the normal
 * tail of Hill's transformed deviate (G. W. Hill, "Algorithm 395: Student's
 * t-distribution", CACM 13, 1970), whose error falls as 1/ν³ and is below
 * 1e-12 relative there (checked against SciPy in the tests).
 */
export function studentTwoSided(t: number, df: number): number {
  if (t === 0) return 1;
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  // ln(1 + t²/ν): past |t| ≈ 1.3e154 t² overflows (which gave NaN), and there ln(1 + t²/ν) = 2 ln|t| − ln ν to rounding
  const lnRatio = Number.isFinite(t2 / df) ? Math.log1p(t2 / df) : 2 * Math.log(Math.abs(t)) - Math.log(df);
  if (df > HILL_DF) {
    const a = df - 0.5;
    const b = 48 * a * a;
    const y = a * lnRatio;
    const z = (((((-0.4 * y - 3.3) * y - 24) * y - 85.5) / (0.8 * y * y + 100 + b) + y + 3) / b + 1) * Math.sqrt(y);
    return normalTwoSided(z);
  }
  const a = df / 2;
  // x = ν/(ν + t²) and 1 − x = t²/(ν + t²), each without cancellation
  const x = df / (df + t2);
  // 1 − x; when t² overflows, x = ν/t² < 1e-300 comes out 0 (no digit of the answer moves) and 1 − x is 1
  const y = Number.isFinite(t2) ? t2 / (df + t2) : 1;
  const lnFront = -a * lnRatio + 0.5 * Math.log(y) - lnBetaHalf(a);
  if (x < (a + 1) / (a + 2.5)) return Math.min(1, (Math.exp(lnFront) * betaFraction(a, 0.5, x)) / a);
  // symmetry: I_x(a, b) = 1 − I_{1−x}(b, a)
  return Math.min(1, 1 - (Math.exp(lnFront) * betaFraction(0.5, a, y)) / 0.5);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentCdf(t: number, df: number): number {
  const half = studentTwoSided(t, df) / 2;
  return t < 0 ? half : 1 - half;
}

/** The density of Student's t at t. */
function studentDensity(t: number, df: number): number {
  return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - lnBetaHalf(df / 2));
}

/**
 * The t > 0 with P(T ≥ t) = `upper`, for `upper` in (0, ½): Newton steps on
 * the tail, kept inside a bracket that bisection narrows when a step leaves it.
 */
export function studentUpperQuantile(upper: number, df: number): number {
  const tail = (t: number): number => studentTwoSided(t, df) / 2;
  let lo = 0;
  let hi = 1;
  while (tail(hi) > upper) {
    lo = hi;
    hi *= 2;
  }
  // start from the normal quantile, stretched by the Cornish–Fisher term (A&S 26.7.5)
  const z = -normalQuantile(upper);
  let t = z + (z * z * z + z) / (4 * df);
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  for (let i = 0; i < 200; i += 1) {
    const gap = tail(t) - upper;
    if (gap > 0) lo = t;
    else hi = t;
    const next = t + gap / studentDensity(t, df);
    const step = next > lo && next < hi ? next : (lo + hi) / 2;
    if (Math.abs(step - t) <= 4e-16 * t) return step;
    t = step;
  }
  return t;
}

/** The upper `upper` quantile of the standard normal, for `upper` in (0, ½): −Φ⁻¹(upper). */
export function normalUpperQuantile(upper: number): number {
  return -normalQuantile(upper);
}
