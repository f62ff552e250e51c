// Countries, regions and the like, as articles write them. Several open with a syllable that is
// also a surname ("Hàn Quốc", "Thái Lan", "Châu Âu", "Lầu Năm Góc"): a run of capitals that
// spells one, opens with one ("Thủ tướng Thái Lan Prayut …") or ends with one ("Hội Đông Y Việt
// Nam") holds no person's name there.

export const COUNTRIES_AND_REGIONS: readonly string[] = [
  'Việt Nam', 'Trung Quốc', 'Hoa Kỳ', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Thái Lan', 'Mông Cổ', 'Ấn Độ',
  'Đài Loan', 'Hồng Kông', 'Ma Cao', 'Cao Miên', 'Bồ Đào Nha', 'Hà Lan', 'Tây Ban Nha', 'Liên Bang Nga',
  'Châu Á', 'Châu Âu', 'Châu Phi', 'Châu Mỹ', 'Châu Úc', 'Châu Đại Dương', 'Đông Nam Á', 'Thái Bình Dương',
  'Liên Hợp Quốc', 'Lầu Năm Góc',
];
