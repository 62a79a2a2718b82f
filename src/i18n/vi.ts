import type { LabelKey, LabelTable } from './keys.js';

/**
 * Vietnamese labels (nhãn tiếng Việt), in lowercase as they read mid-sentence.
 * Where the glossary offers two terms, the first is used: `department` is
 * "phòng ban" (not "bộ phận"). SERVQUAL dimensions follow the terms common in
 * Vietnamese service-quality research.
 */
export const VI_LABELS: LabelTable = /*@__PURE__*/ Object.freeze({
  department: 'phòng ban',
  employee: 'nhân viên',
  shareholder: 'cổ đông',
  user: 'người sử dụng',
  buyer: 'người mua',
  beneficiary: 'người thụ hưởng',
  internal: 'khách hàng nội bộ',
  external: 'khách hàng bên ngoài',
  orderer: 'người đặt yêu cầu',
  evaluator: 'người đánh giá',
  partner: 'đối tác',
  tool: 'công cụ',
  information: 'thông tin',
  support: 'hỗ trợ công việc',
  product: 'sản phẩm',
  service: 'dịch vụ',
  nps: 'chỉ số sẵn lòng giới thiệu (NPS)',
  csat: 'chỉ số hài lòng của khách hàng (CSAT)',
  ces: 'chỉ số nỗ lực của khách hàng (CES)',
  servqual: 'thang đo SERVQUAL',
  tangibles: 'phương tiện hữu hình',
  reliability: 'độ tin cậy',
  responsiveness: 'khả năng đáp ứng',
  assurance: 'sự đảm bảo',
  empathy: 'sự đồng cảm',
} satisfies Record<LabelKey, string>);
