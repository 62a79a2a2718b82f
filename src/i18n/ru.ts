import type { LabelKey, LabelTable } from './keys.js';

/**
 * Russian labels (подписи на русском), in lowercase as they read
 * mid-sentence. Where the glossary offers two terms, the first is used:
 * `department` is «отдел» (not «подразделение»), `beneficiary` is
 * «выгодоприобретатель» (not «бенефициар»). The letter ё is written out.
 */
export const RU_LABELS: LabelTable = /*@__PURE__*/ Object.freeze({
  department: 'отдел',
  employee: 'сотрудник',
  shareholder: 'акционер',
  user: 'пользователь',
  buyer: 'покупатель',
  beneficiary: 'выгодоприобретатель',
  internal: 'внутренний клиент',
  external: 'внешний клиент',
  orderer: 'заказчик',
  evaluator: 'оценщик',
  partner: 'партнёр',
  tool: 'инструмент',
  information: 'информация',
  support: 'поддержка в работе',
  product: 'продукт',
  service: 'услуга',
  nps: 'индекс потребительской лояльности (NPS)',
  csat: 'индекс удовлетворённости клиентов (CSAT)',
  ces: 'индекс усилий клиента (CES)',
  servqual: 'модель SERVQUAL',
  tangibles: 'осязаемость',
  reliability: 'надёжность',
  responsiveness: 'отзывчивость',
  assurance: 'убедительность',
  empathy: 'эмпатия',
} satisfies Record<LabelKey, string>);
