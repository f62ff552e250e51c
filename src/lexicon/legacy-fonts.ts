// The two legacy Vietnamese FONT encodings still found on old portals. Both reuse the
// byte values 0xA0–0xFF of windows-1252, so a page in one of them reads as Latin-1 gibberish
// ("ViÖt Nam" in TCVN3, "Vieät Nam" in VNI); every key below is that Latin-1 character.

/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per letter. Toned capitals do not exist in it
 * (writers switched to the all-capitals ".VnTimeH" font, which shows the small-letter codes
 * as capitals), so only the seven capitals with a hat, horn or stroke have codes of their own.
 */
export const TCVN3: Readonly<Record<string, string>> = {
  '¡': 'Ă', '¢': 'Â', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư', '§': 'Đ',
  '¨': 'ă', '©': 'â', 'ª': 'ê', '«': 'ô', '¬': 'ơ', '\u00ad': 'ư', '®': 'đ',
  'µ': 'à', '¶': 'ả', '·': 'ã', '¸': 'á', '¹': 'ạ',
  '»': 'ằ', '¼': 'ẳ', '½': 'ẵ', '¾': 'ắ', 'Æ': 'ặ',
  'Ç': 'ầ', 'È': 'ẩ', 'É': 'ẫ', 'Ê': 'ấ', 'Ë': 'ậ',
  'Ì': 'è', 'Î': 'ẻ', 'Ï': 'ẽ', 'Ð': 'é', 'Ñ': 'ẹ',
  'Ò': 'ề', 'Ó': 'ể', 'Ô': 'ễ', 'Õ': 'ế', 'Ö': 'ệ',
  '×': 'ì', 'Ø': 'ỉ', 'Ü': 'ĩ', 'Ý': 'í', 'Þ': 'ị',
  'ß': 'ò', 'á': 'ỏ', 'â': 'õ', 'ã': 'ó', 'ä': 'ọ',
  'å': 'ồ', 'æ': 'ổ', 'ç': 'ỗ', 'è': 'ố', 'é': 'ộ',
  'ê': 'ờ', 'ë': 'ở', 'ì': 'ỡ', 'í': 'ớ', 'î': 'ợ',
  'ï': 'ù', 'ñ': 'ủ', 'ò': 'ũ', 'ó': 'ú', 'ô': 'ụ',
  'õ': 'ừ', 'ö': 'ử', '÷': 'ữ', 'ø': 'ứ', 'ù': 'ự',
  'ú': 'ỳ', 'û': 'ỷ', 'ü': 'ỹ', 'ý': 'ý', 'þ': 'ỵ',
};

/**
 * VNI (VNI-Windows): a base letter followed by one byte that carries the hat or breve and
 * the tone together ("eä" = ệ, "aé" = ắ, "oø" = ò). Values are the combining marks to add.
 * Capitals take the capital form of the same byte ("EÄ" = Ệ); both cases are accepted.
 */
export const VNI_MODIFIERS: Readonly<Record<string, string>> = {
  'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323',
  'â': '\u0302', 'á': '\u0302\u0301', 'à': '\u0302\u0300', 'å': '\u0302\u0309', 'ã': '\u0302\u0303', 'ä': '\u0302\u0323',
  'ê': '\u0306', 'é': '\u0306\u0301', 'è': '\u0306\u0300', 'ú': '\u0306\u0309', 'ü': '\u0306\u0303', 'ë': '\u0306\u0323',
  'Ù': '\u0301', 'Ø': '\u0300', 'Û': '\u0309', 'Õ': '\u0303', 'Ï': '\u0323',
  'Â': '\u0302', 'Á': '\u0302\u0301', 'À': '\u0302\u0300', 'Å': '\u0302\u0309', 'Ã': '\u0302\u0303', 'Ä': '\u0302\u0323',
  'Ê': '\u0306', 'É': '\u0306\u0301', 'È': '\u0306\u0300', 'Ú': '\u0306\u0309', 'Ü': '\u0306\u0303', 'Ë': '\u0306\u0323',
};

/** VNI letters written as one byte: ơ, ư, đ and the toned i's (and ỵ). */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  'ô': 'ơ', 'Ô': 'Ơ', 'ö': 'ư', 'Ö': 'Ư', 'ñ': 'đ', 'Ñ': 'Đ',
  'æ': 'ỉ', 'Æ': 'Ỉ', 'ó': 'ĩ', 'Ó': 'Ĩ', 'ò': 'ị', 'Ò': 'Ị', 'î': 'ỵ', 'Î': 'Ỵ',
};

/** Letters a VNI modifier may follow; hats only on a/e/o, the breve only on a. */
export const VNI_BASES = 'aeiouyơưAEIOUYƠƯ';
export const VNI_HAT_BASES = 'aeoAEO';
export const VNI_BREVE_BASES = 'aA';

