import { describe, expect, it } from 'vitest';
import {
  COMPARISON,
  COMPARISON_CRITERIA,
  ClienteleError,
  LOCALES,
  comparisonTable,
  label,
  type Locale,
} from '../../src/index.js';

function caught(run: () => unknown): ClienteleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ClienteleError) return error;
    throw new Error(`expected a ClienteleError, got ${String(error)}`);
  }
  throw new Error('expected a ClienteleError, nothing was thrown');
}

const capitalised = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

describe('COMPARISON', () => {
  it('has one row per criterion, in the order of COMPARISON_CRITERIA', () => {
    expect(COMPARISON_CRITERIA).toEqual(['purpose', 'relationship', 'received', 'evaluation', 'engagement']);
    expect(COMPARISON.map((row) => row.criterion)).toEqual([...COMPARISON_CRITERIA]);
  });

  it('has exactly the three locales in every text, each non-empty and trimmed', () => {
    for (const row of COMPARISON) {
      expect(Object.keys(row).sort()).toEqual(['criterion', 'external', 'internal', 'title']);
      for (const part of [row.title, row.internal, row.external]) {
        expect(Object.keys(part).sort()).toEqual([...LOCALES].sort());
        for (const locale of LOCALES) {
          expect(typeof part[locale]).toBe('string');
          expect(part[locale].length, `${row.criterion} ${locale}`).toBeGreaterThan(0);
          expect(part[locale].trim()).toBe(part[locale]);
        }
      }
    }
  });

  it('says different things for the two sides, and differently in each locale', () => {
    for (const row of COMPARISON) {
      for (const locale of LOCALES) expect(row.internal[locale]).not.toBe(row.external[locale]);
      for (const part of [row.title, row.internal, row.external]) {
        expect(new Set(LOCALES.map((locale) => part[locale])).size).toBe(LOCALES.length);
      }
    }
    const texts = COMPARISON.flatMap((row) => [row.internal.en, row.external.en]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('writes the side texts as sentences ending with a full stop', () => {
    for (const row of COMPARISON) {
      for (const locale of LOCALES) {
        expect(row.internal[locale]).toMatch(/\.$/);
        expect(row.external[locale]).toMatch(/\.$/);
        expect(row.title[locale]).not.toMatch(/\.$/);
      }
    }
  });

  it('writes Russian in Cyrillic and Vietnamese with its diacritics', () => {
    for (const row of COMPARISON) {
      for (const part of [row.title, row.internal, row.external]) {
        expect(part.ru).not.toMatch(/[A-Za-z]/);
        expect(part.ru).toMatch(/[\u0400-\u04FF]/u);
        expect(part.vi).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu);
      }
    }
  });

  // Criterion titles from the project glossary (shared/GLOSSARY.md).
  it('titles each criterion with the glossary term', () => {
    const titles = Object.fromEntries(COMPARISON.map((row) => [row.criterion, row.title]));
    expect(titles.purpose).toEqual({ en: 'Purpose and core value', vi: 'Mục đích và giá trị cốt lõi', ru: 'Цель и основная ценность' });
    expect(titles.relationship).toEqual({ en: 'Relationship and its nature', vi: 'Mối quan hệ và tính chất', ru: 'Характер отношений' });
    expect(titles.received).toEqual({ en: 'What is received', vi: 'Sản phẩm / giá trị nhận được', ru: 'Что получает клиент' });
    expect(titles.evaluation).toEqual({
      en: 'How it is evaluated and fed back',
      vi: 'Cơ chế đánh giá và phản hồi',
      ru: 'Как оценивается и даёт обратную связь',
    });
    expect(titles.engagement).toEqual({
      en: 'Engagement and frequency',
      vi: 'Mức độ gắn bó và tính thường xuyên',
      ru: 'Вовлечённость и регулярность',
    });
  });

  it('names what internal customers receive with the deliverable words of the glossary', () => {
    const received = COMPARISON.find((row) => row.criterion === 'received');
    expect(received).toBeDefined();
    expect(received!.internal.en).toMatch(/tools, information and work support/i);
    expect(received!.internal.vi).toMatch(/công cụ, thông tin và sự hỗ trợ công việc/i);
    expect(received!.internal.ru).toMatch(/инструменты, информацию и поддержку в работе/i);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(COMPARISON)).toBe(true);
    expect(Object.isFrozen(COMPARISON_CRITERIA)).toBe(true);
    for (const row of COMPARISON) {
      expect(Object.isFrozen(row)).toBe(true);
      expect(Object.isFrozen(row.title)).toBe(true);
      expect(Object.isFrozen(row.internal)).toBe(true);
      expect(Object.isFrozen(row.external)).toBe(true);
    }
    expect(() => {
      (COMPARISON[0]!.internal as Record<string, string>).en = 'changed';
    }).toThrow(TypeError);
    expect(COMPARISON[0]!.internal.en).not.toBe('changed');
  });
});

describe('comparisonTable', () => {
  it('gives a header row and one row per criterion, built from COMPARISON', () => {
    for (const locale of LOCALES) {
      const table = comparisonTable(locale);
      expect(table).toHaveLength(COMPARISON.length + 1);
      expect(table.slice(1)).toEqual(COMPARISON.map((row) => [row.title[locale], row.internal[locale], row.external[locale]]));
      for (const cells of table) {
        expect(cells).toHaveLength(3);
        for (const cell of cells) expect(cell.length).toBeGreaterThan(0);
      }
    }
  });

  it('heads the side columns with the side labels, capitalised', () => {
    for (const locale of LOCALES) {
      const [header] = comparisonTable(locale);
      expect(header![1]).toBe(capitalised(label('internal', locale), locale));
      expect(header![2]).toBe(capitalised(label('external', locale), locale));
    }
    expect(comparisonTable('en')[0]![0]).toBe('Criterion');
    expect(comparisonTable('vi')[0]![0]).toBe('Tiêu chí');
    expect(comparisonTable('ru')[0]![0]).toBe('Критерий');
  });

  it('returns frozen rows', () => {
    const table = comparisonTable('ru');
    expect(Object.isFrozen(table)).toBe(true);
    for (const cells of table) expect(Object.isFrozen(cells)).toBe(true);
  });

  it('takes a BCP 47 tag and falls back to its language', () => {
    expect(comparisonTable('vi-VN')).toEqual(comparisonTable('vi'));
    expect(comparisonTable('RU-ru')).toEqual(comparisonTable('ru'));
    expect(comparisonTable('en-GB')[0]![0]).toBe('Criterion');
  });

  it('rejects an unknown locale at path locale', () => {
    for (const locale of ['de', 'de-VI', 'vi_VN', '', '__proto__', 'constructor', 'toString', null, undefined, 1]) {
      const error = caught(() => comparisonTable(locale as never));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([['INVALID_INPUT', ['locale']]]);
    }
  });
});
