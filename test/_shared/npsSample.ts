/** n answers drawn from a population with promoter share p and detractor share d (the rest passives), as NPS counts. */
export function npsSample(random: () => number, n: number, p: number, d: number): { promoters: number; passives: number; detractors: number } {
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < n; i += 1) {
    const u = random();
    if (u < p) promoters += 1;
    else if (u < p + d) detractors += 1;
  }
  return { promoters, passives: n - promoters - detractors, detractors };
}
