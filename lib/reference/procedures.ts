// The procedures volunteers help with (those the field reports name), seeded into the `procedures` table, which the
// admin maintains afterwards. `funnelStep` places a procedure on the household funnel.
export const funnelSteps = [
  "eid_level2",
  "public_service_account",
  "online_dossier",
  "digital_signature",
  "sim",
  "cashless_payment",
] as const;
export type FunnelStep = (typeof funnelSteps)[number];

export const procedureCatalogue = [
  {
    code: "eid_level2",
    nameVi: "Định danh điện tử mức 2 (VNeID)",
    nameEn: "Level-2 electronic ID (VNeID)",
    funnelStep: 1,
  },
  {
    code: "public_service_account",
    nameVi: "Tài khoản Cổng Dịch vụ công",
    nameEn: "Public-service portal account",
    funnelStep: 2,
  },
  { code: "online_dossier", nameVi: "Nộp hồ sơ trực tuyến", nameEn: "Online dossier", funnelStep: 3 },
  { code: "digital_signature", nameVi: "Chữ ký số", nameEn: "Digital signature", funnelStep: 4 },
  { code: "sim", nameVi: "SIM chính chủ", nameEn: "SIM card", funnelStep: 5 },
  { code: "cashless_payment", nameVi: "Thanh toán không dùng tiền mặt", nameEn: "Cashless payment", funnelStep: 6 },
  { code: "birth_registration", nameVi: "Đăng ký khai sinh", nameEn: "Birth registration", funnelStep: null },
  {
    code: "residence_confirmation",
    nameVi: "Xác nhận thông tin cư trú",
    nameEn: "Residence confirmation",
    funnelStep: null,
  },
  {
    code: "marital_status",
    nameVi: "Xác nhận tình trạng hôn nhân",
    nameEn: "Marital-status confirmation",
    funnelStep: null,
  },
  {
    code: "social_allowance",
    nameVi: "Trợ cấp xã hội hằng tháng",
    nameEn: "Monthly social allowance",
    funnelStep: null,
  },
  {
    code: "meritorious_policy",
    nameVi: "Chính sách người có công",
    nameEn: "Policies for people with meritorious services",
    funnelStep: null,
  },
  {
    code: "health_insurance",
    nameVi: "Cập nhật BHYT bằng CCCD",
    nameEn: "Health insurance update by citizen ID",
    funnelStep: null,
  },
  { code: "social_insurance", nameVi: "Bảo hiểm xã hội", nameEn: "Social insurance", funnelStep: null },
  {
    code: "land",
    nameVi: "Thủ tục đất đai (chuyển nhượng QSDĐ)",
    nameEn: "Land procedures (land-use-right transfer)",
    funnelStep: null,
  },
  { code: "e_tax", nameVi: "Thuế điện tử", nameEn: "E-tax", funnelStep: null },
  { code: "health_declaration", nameVi: "Khai báo y tế", nameEn: "Health declaration", funnelStep: null },
  {
    code: "address_sync",
    nameVi: "Đồng bộ dữ liệu về địa chỉ mới",
    nameEn: "Sync personal data to the new address",
    funnelStep: null,
  },
  { code: "other", nameVi: "Khác", nameEn: "Other", funnelStep: null },
] as const;

export type ProcedureCode = (typeof procedureCatalogue)[number]["code"];

// Training topics: what the communes train volunteers in before they go door to door.
export const trainingTopics = [
  { code: "common_procedures", nameVi: "Thủ tục hành chính thường gặp", nameEn: "Common administrative procedures" },
  { code: "public_service_portal", nameVi: "Cổng Dịch vụ công", nameEn: "Public-service portal" },
  { code: "communication", nameVi: "Kỹ năng giao tiếp với người dân", nameEn: "Communicating with people" },
  { code: "e_tax", nameVi: "Nộp thuế điện tử", nameEn: "E-tax payment" },
  { code: "digital_signature", nameVi: "Đăng ký chữ ký số", nameEn: "Digital-signature registration" },
  {
    code: "vneid",
    nameVi: "VNeID: cài đặt, kích hoạt, lấy lại mật khẩu",
    nameEn: "VNeID: install, activate, recover password",
  },
  { code: "document_integration", nameVi: "Tích hợp giấy tờ trên VNeID", nameEn: "Document integration on VNeID" },
  {
    code: "marital_status_practice",
    nameVi: "Thực hành xác nhận tình trạng hôn nhân",
    nameEn: "Practice: marital-status confirmation online",
  },
  { code: "smart_kiosk", nameVi: "Ki-ốt thông minh", nameEn: "Smart kiosk" },
] as const;

export type TrainingTopicCode = (typeof trainingTopics)[number]["code"];
