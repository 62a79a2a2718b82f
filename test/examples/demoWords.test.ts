// The demo's words, read straight from examples/demo.mjs (which prints nothing when imported): every
// Russian phrase with a count agrees with it for 1, 2, 5, 11, 21, 22 and 25, and every locale writes its
// numbers and dates its own way. The expected phrases are written out by hand from Russian grammar:
// after a number a noun takes the nominative singular for 1, 21, 101 (but not 11), the genitive singular
// for 2–4, 22–24 (but not 12–14) and the genitive plural for 5–20, 25…; after «на основе» the whole
// phrase is in the genitive, so 1 and 21 take «внутреннего ответа» and every other count «внутренних ответов».
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

type Words = {
  number: (value: number | null, digits?: number) => string;
  day: (iso: string) => string;
  quote: (name: string) => string;
  customers: (n: number) => string;
  links: (n: number, day: string, all: number) => string;
  observations: (n: number) => string;
  heldFor: (n: number) => string;
  evidence: (internal: number, external: number, needed: number) => string;
  sure: (confidence: number, low: number | null, high: number | null, n: number) => string;
  points: (lift: number) => string;
  restsOn: (quality: number, tasks: number, interactions: number, answers: number | null) => string;
  unowned: (n: number) => string;
  intervalColumn: string;
  segment: string;
  kind: string;
  tasks: string;
  reasons: Record<'internal-lower' | 'external-lower', string>;
};

let WORDS: Record<'en' | 'vi' | 'ru', Words>;

beforeAll(async () => {
  // a file URL in a variable: the demo is plain JavaScript that imports 'clientele' from dist/
  const demo = pathToFileURL(join(process.cwd(), 'examples', 'demo.mjs')).href;
  ({ WORDS } = (await import(demo)) as { WORDS: typeof WORDS });
});

const NBSP = '\u00a0';

describe('the Russian counts of the demo agree with their number', () => {
  it('customers (nominative)', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => WORDS.ru.customers(n))).toEqual([
      '1 клиент',
      '2 клиента',
      '5 клиентов',
      '11 клиентов',
      '21 клиент',
      '22 клиента',
      '25 клиентов',
    ]);
    // 12–14 are not 2–4, 111 is not 1; thousands are grouped with a no-break space
    expect([12, 14, 111, 101, 1234].map((n) => WORDS.ru.customers(n))).toEqual([
      '12 клиентов',
      '14 клиентов',
      '111 клиентов',
      '101 клиент',
      `1${NBSP}234 клиента`,
    ]);
  });

  it('observations in the window (nominative, neuter)', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => WORDS.ru.observations(n))).toEqual([
      '1 наблюдение за период',
      '2 наблюдения за период',
      '5 наблюдений за период',
      '11 наблюдений за период',
      '21 наблюдение за период',
      '22 наблюдения за период',
      '25 наблюдений за период',
    ]);
  });

  it('the customers that depend on one critical provider: noun, adjective and verb agree', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => WORDS.ru.heldFor(n))).toEqual([
      '1 внешний клиент зависит только от этого звена',
      '2 внешних клиента зависят только от этого звена',
      '5 внешних клиентов зависят только от этого звена',
      '11 внешних клиентов зависят только от этого звена',
      '21 внешний клиент зависит только от этого звена',
      '22 внешних клиента зависят только от этого звена',
      '25 внешних клиентов зависят только от этого звена',
    ]);
  });

  it('the answers a verdict rests on, after «на основе» (genitive)', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => WORDS.ru.evidence(n, n, 30))).toEqual([
      'на основе 1 внутреннего ответа и 1 внешнего ответа (нужно 30 с каждой стороны)',
      'на основе 2 внутренних ответов и 2 внешних ответов (нужно 30 с каждой стороны)',
      'на основе 5 внутренних ответов и 5 внешних ответов (нужно 30 с каждой стороны)',
      'на основе 11 внутренних ответов и 11 внешних ответов (нужно 30 с каждой стороны)',
      'на основе 21 внутреннего ответа и 21 внешнего ответа (нужно 30 с каждой стороны)',
      'на основе 22 внутренних ответов и 22 внешних ответов (нужно 30 с каждой стороны)',
      'на основе 25 внутренних ответов и 25 внешних ответов (нужно 30 с каждой стороны)',
    ]);
    // each count agrees on its own
    expect(WORDS.ru.evidence(521, 300, 30)).toBe('на основе 521 внутреннего ответа и 300 внешних ответов (нужно 30 с каждой стороны)');
  });

  it('points of lift: shown with two decimals, a fraction takes the genitive singular', () => {
    for (const lift of [1, 2, 5, 11, 21, 22, 25, 18.29]) expect(WORDS.ru.points(lift), String(lift)).toBe('пункта');
  });

  it('counts after a colon need no agreement, and read right for every number', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => WORDS.ru.unowned(n))).toEqual([
      'связей без ответственного: 1',
      'связей без ответственного: 2',
      'связей без ответственного: 5',
      'связей без ответственного: 11',
      'связей без ответственного: 21',
      'связей без ответственного: 22',
      'связей без ответственного: 25',
    ]);
    expect(WORDS.ru.links(21, '31.12.2025', 22)).toBe('действующих связей на 31.12.2025: 21 (всего 22)');
    expect(WORDS.ru.restsOn(65, 1, 21, 2)).toBe('качество сейчас 65,0; задач: 1, взаимодействий: 21, ответов: 2');
    expect(WORDS.ru.restsOn(65, 5, 11, null)).toBe('качество сейчас 65,0; задач: 5, взаимодействий: 11');
    expect(WORDS.ru.sure(0.95, -72, 0.6, 21)).toBe('95-процентный доверительный интервал от -72,0 до 0,6; ответов: 21');
  });
});

describe('numbers, dates, quotes and headings of the demo per locale', () => {
  it('a decimal comma in vi and ru, a point in en; thousands grouped by each locale', () => {
    expect([WORDS.en.number(65, 1), WORDS.vi.number(65, 1), WORDS.ru.number(65, 1)]).toEqual(['65.0', '65,0', '65,0']);
    expect([WORDS.en.number(18.29, 2), WORDS.vi.number(18.29, 2), WORDS.ru.number(18.29, 2)]).toEqual(['18.29', '18,29', '18,29']);
    expect([WORDS.en.number(-45.5, 1), WORDS.vi.number(-45.5, 1), WORDS.ru.number(-45.5, 1)]).toEqual(['-45.5', '-45,5', '-45,5']);
    expect([WORDS.en.number(12345), WORDS.vi.number(12345), WORDS.ru.number(12345)]).toEqual(['12,345', '12.345', `12${NBSP}345`]);
    expect([WORDS.en.number(null, 1), WORDS.vi.number(null, 1), WORDS.ru.number(null, 1)]).toEqual(['-', '-', '-']);
  });

  it('dates: ISO in en, day/month/year in vi, day.month.year in ru', () => {
    expect([WORDS.en.day('2025-12-31'), WORDS.vi.day('2025-12-31'), WORDS.ru.day('2025-12-31')]).toEqual(['2025-12-31', '31/12/2025', '31.12.2025']);
    expect([WORDS.vi.day('2026-01-05'), WORDS.ru.day('2026-01-05')]).toEqual(['05/01/2026', '05.01.2026']);
  });

  it('percentages as Intl writes them: 95% in vi', () => {
    expect(WORDS.vi.sure(0.95, -72, 0.6, 11)).toBe('khoảng tin cậy 95% từ -72,0 đến 0,6; 11 câu trả lời');
    expect(WORDS.en.sure(0.95, -72, 0.6, 11)).toBe('95 % interval -72.0 to 0.6, 11 answers');
    expect(WORDS.en.sure(0.95, -72, 0.6, 1)).toBe('95 % interval -72.0 to 0.6, 1 answer');
  });

  it('quotes names with «» in ru and straight quotes in en and vi', () => {
    expect([WORDS.en.quote('Staff work'), WORDS.vi.quote('Staff work'), WORDS.ru.quote('Staff work')]).toEqual(['"Staff work"', '"Staff work"', '«Staff work»']);
  });

  it('puts the head noun first in vi and ru, and names a row by what it is', () => {
    expect([WORDS.en.intervalColumn, WORDS.vi.intervalColumn, WORDS.ru.intervalColumn]).toEqual([
      'NPS confidence interval',
      'Khoảng tin cậy NPS',
      'Доверительный интервал NPS',
    ]);
    expect([WORDS.en.segment, WORDS.vi.segment, WORDS.ru.segment]).toEqual(['Segment', 'Phân khúc', 'Сегмент']);
    expect([WORDS.en.kind, WORDS.vi.kind, WORDS.ru.kind]).toEqual(['Kind', 'Loại', 'Вид']);
    expect([WORDS.en.tasks, WORDS.vi.tasks, WORDS.ru.tasks]).toEqual(['Tasks', 'Số việc', 'Задачи']);
  });

  it('says which side lags by more than the tolerance, as the English reason does', () => {
    expect(WORDS.en.reasons['internal-lower']).toBe('the internal side is lower by more than the tolerance');
    expect(WORDS.vi.reasons['internal-lower']).toBe('phía nội bộ thấp hơn phía kia vượt mức dung sai');
    expect(WORDS.vi.reasons['external-lower']).toBe('phía bên ngoài thấp hơn phía kia vượt mức dung sai');
    expect(WORDS.ru.reasons['internal-lower']).toBe('внутренняя сторона отстаёт от внешней сильнее допуска');
    expect(WORDS.ru.reasons['external-lower']).toBe('внешняя сторона отстаёт от внутренней сильнее допуска');
  });

  it('vi counts need no plural form', () => {
    expect([1, 2, 5, 21].map((n) => WORDS.vi.heldFor(n))).toEqual([
      '1 khách hàng bên ngoài chỉ phụ thuộc vào mắt xích này',
      '2 khách hàng bên ngoài chỉ phụ thuộc vào mắt xích này',
      '5 khách hàng bên ngoài chỉ phụ thuộc vào mắt xích này',
      '21 khách hàng bên ngoài chỉ phụ thuộc vào mắt xích này',
    ]);
    expect(WORDS.vi.unowned(5)).toBe('5 liên kết chưa có người chịu trách nhiệm');
  });
});
