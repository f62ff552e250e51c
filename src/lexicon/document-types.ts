// Kinds of legal and administrative documents, as they stand before a document's number
// ("Nghị quyết số 30c/NQ-CP", "văn bản số 2410/UBND-KSTT"). Matched case-insensitively and
// longest first, so "Kế hoạch hành động" wins over "Kế hoạch".

export const DOCUMENT_TYPES: readonly string[] = [
  'Nghị quyết',
  'Nghị quyết liên tịch',
  'Nghị định',
  'Quyết định',
  'Thông tư',
  'Thông tư liên tịch',
  'Chỉ thị',
  'Kế hoạch',
  'Kế hoạch hành động',
  'Công văn',
  'Văn bản',
  // a record of an administrative violation ("Biên bản vi phạm hành chính số 36/BB-VPHC")
  'Biên bản',
  'Đề án',
  'Luật',
  'Bộ luật',
  'Pháp lệnh',
  'Lệnh',
  'Thông báo',
  'Thông báo kết luận',
  'Kết luận',
  'Hướng dẫn',
  'Tờ trình',
  'Báo cáo',
  'Chương trình',
  'Chương trình hành động',
  'Công điện',
  // urgent dispatches: "công điện khẩn số 03/CĐ-UBND", "Công văn hỏa tốc số 1215/BGDĐT-GDTrH"
  'Công điện khẩn',
  'Công điện hỏa tốc',
  'Công điện hoả tốc',
  'Công văn khẩn',
  'Công văn hỏa tốc',
  'Công văn hoả tốc',
  'Thông cáo',
  'Thông tri',
  'Giấy giới thiệu',
  // permits and certificates cited by number ("giấy phép xây dựng số 95/GPXD")
  'Giấy phép',
  'Giấy chứng nhận',
  'Sắc lệnh',
  // courts' judgments and procuracies' indictments ("Bản án hình sự sơ thẩm số 56/2022/HS-ST", "Cáo trạng số 12/CT-VKS")
  'Bản án',
  'Cáo trạng',
  // the kinds' abbreviations, as reports write them ("NĐ 94", "NQ 30c", "QĐ 1234")
  'NĐ',
  'NQ',
  'QĐ',
  'Quy định',
  'Quy chế',
  'Điều lệ',
  'Nghị quyết chuyên đề',
];

/**
 * Kinds cited by a bare number only when capitalised: the Party's regulations ("Quy định 69",
 * "Quy định 96"); in small letters the word is the verb ("quy định 1 tiếng", "quy định 12h").
 */
export const BARE_NUMBER_TYPES_CAPITALISED: readonly string[] = ['Quy định'];

/**
 * Kinds cited by a bare number as well ("Nghị định 108", "(Nghị quyết 30c)", "Đề án 06",
 * "Công văn 4611"). Others need "số" or a full symbol: "Chương trình 135", "Kế hoạch 2021" are
 * names or years, and "báo cáo 5 nội dung", "thông báo 3 điểm" are verbs with their objects.
 */
export const BARE_NUMBER_TYPES: readonly string[] = [
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Thông tư',
  'Thông tư liên tịch',
  'Chỉ thị',
  'Kết luận',
  'Đề án',
  'Công điện',
  'Công văn',
  // "văn bản 2861 ngày 13/6 của UBND thành phố": a letter cited by its number alone
  'Văn bản',
  'Luật',
  ...BARE_NUMBER_TYPES_CAPITALISED,
  'NĐ',
  'NQ',
  'QĐ',
];

/**
 * The kind a symbol's code names (Nghị định 30/2020/NĐ-CP on administrative documents): the
 * type of a document whose own header gives its number alone ("Số: 45/KH-UBND" over "KẾ HOẠCH").
 * A code of no kind ("2410/UBND-KSTT") is a letter: "Công văn".
 */
export const KIND_CODES: ReadonlyMap<string, string> = new Map([
  ['NQ', 'Nghị quyết'],
  ['NĐ', 'Nghị định'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['TT', 'Thông tư'],
  ['TTLT', 'Thông tư liên tịch'],
  ['KH', 'Kế hoạch'],
  ['TB', 'Thông báo'],
  ['BC', 'Báo cáo'],
  ['HD', 'Hướng dẫn'],
  ['TTr', 'Tờ trình'],
  ['KL', 'Kết luận'],
  ['CTr', 'Chương trình'],
  ['CĐ', 'Công điện'],
  ['ĐA', 'Đề án'],
  ['QC', 'Quy chế'],
  ['QyĐ', 'Quy định'],
  ['GGT', 'Giấy giới thiệu'],
  ['GP', 'Giấy phép'],
  ['L', 'Lệnh'],
]);
export const LETTER_KIND = 'Công văn';

/** Words that make another noun with the "số" after them ("mang bí số 107-T", "mã số", "chỉ số"): no kind's number follows that "số". */
export const FUSED_WITH_SO: readonly string[] = ['bí', 'mã', 'chỉ', 'con', 'hệ', 'tổng', 'tần', 'điểm', 'trọng'];
