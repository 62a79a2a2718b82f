import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_KINDS,
  ClienteleError,
  DELIVERABLES,
  INSTRUMENTS,
  INTERNAL_QUALITY_COMPONENTS,
  INTERNAL_ROLES,
  SERVQUAL_DIMENSIONS,
  resolveLocale,
  LABEL_GROUPS,
  LABEL_KEYS,
  LOCALES,
  SIDES,
  isLabelKey,
  isLocale,
  label,
  type LabelKey,
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

const flat = (error: ClienteleError) => error.issues.map((issue) => [issue.code, issue.path]);

describe('LABEL_KEYS and LABEL_GROUPS', () => {
  it('lists every group, in order, with no key twice', () => {
    expect(LABEL_KEYS).toEqual(Object.values(LABEL_GROUPS).flat());
    expect(new Set(LABEL_KEYS).size).toBe(LABEL_KEYS.length);
    expect(Object.keys(LABEL_GROUPS)).toEqual([
      'kind',
      'side',
      'role',
      'deliverable',
      'instrument',
      'dimension',
      'component',
      'figure',
      'focus',
      'band',
      'weekday',
      'time',
      'heading',
    ]);
  });

  it('names the values the rest of the library uses', () => {
    expect(LABEL_GROUPS.kind).toEqual([...CUSTOMER_KINDS]);
    expect(LABEL_GROUPS.side).toEqual([...SIDES]);
    // the groups are the library's own tuples, not copies of them
    expect(LABEL_GROUPS.role).toBe(INTERNAL_ROLES);
    expect(LABEL_GROUPS.deliverable).toBe(DELIVERABLES);
    expect(LABEL_GROUPS.instrument).toBe(INSTRUMENTS);
    expect(LABEL_GROUPS.dimension).toBe(SERVQUAL_DIMENSIONS);
    expect(LABEL_GROUPS.component).toBe(INTERNAL_QUALITY_COMPONENTS);
    expect(LABEL_GROUPS.band).toEqual(['red', 'amber', 'green']);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(LABEL_KEYS)).toBe(true);
    expect(Object.isFrozen(LOCALES)).toBe(true);
    expect(Object.isFrozen(LABEL_GROUPS)).toBe(true);
    for (const group of Object.values(LABEL_GROUPS)) expect(Object.isFrozen(group)).toBe(true);
  });

  it('isLabelKey and isLocale accept exactly the listed values', () => {
    for (const key of LABEL_KEYS) expect(isLabelKey(key)).toBe(true);
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    for (const other of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'Department', 'supplier', 42, null, undefined, {}]) {
      expect(isLabelKey(other)).toBe(false);
    }
    for (const other of ['__proto__', 'constructor', 'EN', 'en-US', 'fr', '', 0, null, undefined, ['en']]) {
      expect(isLocale(other)).toBe(false);
    }
  });
});

describe('label', () => {
  it('gives a non-empty, trimmed, single-line string for every key in every locale', () => {
    for (const locale of LOCALES) {
      for (const key of LABEL_KEYS) {
        const text = label(key, locale);
        expect(typeof text).toBe('string');
        expect(text.length).toBeGreaterThan(0);
        expect(text.trim()).toBe(text);
        expect(text).not.toMatch(/\n/);
      }
    }
  });

  it('uses different words for different keys within a locale', () => {
    // Vietnamese nouns do not inflect for number: a side and the heading of its group read alike once
    // the heading drops "các" (khách hàng nội bộ), and those two pairs are the only words shared
    const same: Record<Locale, readonly (readonly [LabelKey, LabelKey])[]> = {
      en: [],
      vi: [
        ['internal', 'internalCustomers'],
        ['external', 'externalCustomers'],
      ],
      ru: [],
    };
    for (const locale of LOCALES) {
      for (const [side, heading] of same[locale]) expect(label(heading, locale), heading).toBe(label(side, locale));
      const twins = new Set(same[locale].map(([, heading]) => heading));
      const words = LABEL_KEYS.filter((key) => !twins.has(key)).map((key) => label(key, locale));
      expect(new Set(words).size).toBe(LABEL_KEYS.length - twins.size);
    }
    expect(label('internalCustomers', 'vi')).toBe('khách hàng nội bộ');
    expect(label('externalCustomers', 'vi')).toBe('khách hàng bên ngoài');
  });

  it('differs between English and Russian for every key', () => {
    for (const key of LABEL_KEYS) expect(label(key, 'ru')).not.toBe(label(key, 'en'));
  });

  it('differs between English and Vietnamese for every key', () => {
    for (const key of LABEL_KEYS) expect(label(key, 'vi')).not.toBe(label(key, 'en'));
  });

  it('writes Russian in Cyrillic, apart from instrument acronyms', () => {
    for (const key of LABEL_KEYS) {
      const text = label(key, 'ru').replace(/\(?\b(?:e?NPS|CSAT|CES|SERVQUAL)\b\)?/g, '');
      expect(text, key).toMatch(/^[\u0400-\u04FF\s]+$/u);
    }
    expect(label('partner', 'ru')).toBe('партнёр');
    expect(label('reliability', 'ru')).toBe('надёжность');
  });

  it('writes Vietnamese with its diacritics', () => {
    const text = LABEL_KEYS.map((key) => label(key, 'vi')).join(' ');
    expect(text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễộồốổỗơờớợởỡưừứựửữịỉĩìíọỏõòóụủũùúỵỷỹỳý]/u);
  });

  // The project glossary (shared/GLOSSARY.md) fixes these terms.
  it('uses the glossary terms', () => {
    const glossary: Record<Locale, Partial<Record<LabelKey, string>>> = {
      en: {
        internal: 'internal customer',
        external: 'external customer',
        department: 'department',
        employee: 'employee',
        shareholder: 'shareholder',
        user: 'user',
        buyer: 'buyer',
        beneficiary: 'beneficiary',
        orderer: 'orderer',
        evaluator: 'evaluator',
        partner: 'partner',
      },
      vi: {
        internal: 'khách hàng nội bộ',
        external: 'khách hàng bên ngoài',
        department: 'phòng ban',
        employee: 'nhân viên',
        shareholder: 'cổ đông',
        user: 'người sử dụng',
        buyer: 'người mua',
        beneficiary: 'người thụ hưởng',
        orderer: 'người đặt yêu cầu',
        evaluator: 'người đánh giá',
        partner: 'đối tác',
      },
      ru: {
        internal: 'внутренний клиент',
        external: 'внешний клиент',
        department: 'отдел',
        employee: 'сотрудник',
        shareholder: 'акционер',
        user: 'пользователь',
        buyer: 'покупатель',
        beneficiary: 'выгодоприобретатель',
        orderer: 'заказчик',
        evaluator: 'оценщик',
        partner: 'партнёр',
      },
    };
    for (const locale of LOCALES) {
      for (const [key, term] of Object.entries(glossary[locale])) {
        expect(label(key as LabelKey, locale), `${key} in ${locale}`).toBe(term);
      }
    }
  });

  it('keeps the instrument acronyms visible in every locale', () => {
    const acronyms = { nps: 'NPS', csat: 'CSAT', ces: 'CES', servqual: 'SERVQUAL' } as const;
    for (const locale of LOCALES) {
      for (const [key, acronym] of Object.entries(acronyms)) {
        expect(label(key as LabelKey, locale)).toContain(acronym);
      }
    }
  });

  it('rejects an unknown key at path key', () => {
    for (const key of ['supplier', '', 'Department', 'manager', ' user', 42, null, undefined, Symbol('user'), {}]) {
      expect(flat(caught(() => label(key as never, 'en')))).toEqual([['INVALID_INPUT', ['key']]]);
    }
  });

  it('treats names every object inherits as unknown keys, in every locale', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      for (const locale of LOCALES) {
        const error = caught(() => label(key as never, locale));
        expect(error.code).toBe('INVALID_INPUT');
        expect(flat(error)).toEqual([['INVALID_INPUT', ['key']]]);
      }
    }
  });

  it('takes BCP 47 tags: a region or script falls back to its language, matched without regard to case', () => {
    for (const key of LABEL_KEYS) {
      expect(label(key, 'ru-RU')).toBe(label(key, 'ru'));
      expect(label(key, 'vi-VN')).toBe(label(key, 'vi'));
      expect(label(key, 'en-GB')).toBe(label(key, 'en'));
    }
    expect(label('timeliness', 'ru-RU')).toBe('своевременность');
    expect(label('timeliness', 'RU')).toBe('своевременность');
    expect(label('orphans', 'en-Latn-US')).toBe('orphans');
    expect(resolveLocale('Vi-vN')).toBe('vi');
    expect(resolveLocale('ru-UA')).toBe('ru');
  });

  it('rejects an unknown locale at path locale', () => {
    for (const locale of ['fr', 'fr-CA', 'ru_RU', 'en-', '-en', 'en--GB', 'e', 'english', 'ru-RU-toolongsubtag', '', '__proto__', 'constructor', 'toString', 0, null, undefined, ['en']]) {
      expect(flat(caught(() => label('buyer', locale as never))), String(locale)).toEqual([['INVALID_INPUT', ['locale']]]);
      expect(flat(caught(() => resolveLocale(locale as never))), String(locale)).toEqual([['INVALID_INPUT', ['locale']]]);
    }
  });

  it('reports a bad key and a bad locale together', () => {
    expect(flat(caught(() => label('toString' as never, '__proto__' as never)))).toEqual([
      ['INVALID_INPUT', ['key']],
      ['INVALID_INPUT', ['locale']],
    ]);
  });

  it('never lets a hostile value escape as anything but a ClienteleError', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const value of [revocable.proxy, trap, Object.create(null)]) {
      expect(flat(caught(() => label(value as never, value as never)))).toEqual([
        ['INVALID_INPUT', ['key']],
        ['INVALID_INPUT', ['locale']],
      ]);
    }
  });
});
