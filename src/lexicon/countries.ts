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

/**
 * Countries, cities and regions written in plain letters, as they stand between a post and a
 * foreign name ("Thủ tướng Canada Justin Trudeau"): never the first word of the name.
 */
export const PLAIN_PLACES: readonly string[] = [
  'Canada', 'Singapore', 'Philippines', 'Malaysia', 'Indonesia', 'Australia', 'Campuchia', 'Myanmar', 'Brunei',
  'Cuba', 'Israel', 'Iran', 'Iraq', 'Syria', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Venezuela',
  'Colombia', 'Ukraine', 'Belarus', 'Kazakhstan', 'Pakistan', 'Afghanistan', 'Bangladesh', 'Nepal', 'Qatar',
  'Kuwait', 'Jordan', 'Libya', 'Sudan', 'Kenya', 'Nigeria', 'Senegal', 'Mozambique', 'Angola', 'Ireland', 'Scotland',
  'Hamburg', 'Paris', 'London', 'Berlin', 'Tokyo', 'Seoul', 'Washington', 'California', 'Texas', 'New York',
  'Florida', 'Bavaria', 'Ibaraki', 'Osaka', 'Kyoto', 'Busan', 'Costa Rica', 'Buenos Aires', 'Saint Petersburg',
  'New Jersey', 'New Delhi', 'Hong Kong', 'Sri Lanka', 'New Zealand', 'Puerto Rico', 'San Francisco', 'Los Angeles',
  'Las Vegas', 'Rio de Janeiro', 'South Carolina', 'North Carolina', 'Fort Lee', 'Saudi Arabia', 'Arabia', 'Saudi',
  'Yemen', 'Somalia', 'Slovakia', 'Slovenia', 'Nicaragua', 'Malawi', 'Italy', 'Italia', 'Bolivia', 'Ecuador', 'Uruguay',
  'Paraguay', 'Panama', 'Guatemala', 'Honduras', 'Haiti', 'Jamaica', 'Georgia', 'Armenia', 'Azerbaijan', 'Uzbekistan',
  'Turkmenistan', 'Kyrgyzstan', 'Tajikistan', 'Mongolia', 'Bhutan', 'Maldives', 'Oman', 'Bahrain', 'Lebanon', 'Tunisia',
  'Algeria', 'Morocco', 'Ethiopia', 'Eritrea', 'Uganda', 'Tanzania', 'Rwanda', 'Burundi', 'Zambia', 'Zimbabwe', 'Botswana',
  'Namibia', 'Ghana', 'Mali', 'Niger', 'Chad', 'Cameroon', 'Gabon', 'Congo', 'Liberia', 'Guinea', 'Madagascar', 'Mauritius',
  'Serbia', 'Croatia', 'Bosnia', 'Montenegro', 'Albania', 'Macedonia', 'Kosovo', 'Moldova', 'Romania', 'Bulgaria', 'Hungary',
  'Austria', 'Latvia', 'Lithuania', 'Litva', 'Estonia', 'Finland', 'Iceland', 'Greenland', 'Norway', 'Sweden', 'Denmark',
  'Portugal', 'Spain', 'Greece', 'Cyprus', 'Malta', 'Luxembourg', 'Monaco', 'Fiji', 'Samoa', 'Tonga', 'Vanuatu', 'Palau',
  'Timor', 'Crimea', 'Catalonia', 'Alaska', 'Hawaii', 'Ohio', 'Virginia', 'Michigan', 'Arizona', 'Nevada', 'Oregon',
  'Alabama', 'Kentucky', 'Wisconsin', 'Minnesota', 'Illinois', 'Chicago', 'Boston', 'Quebec', 'Ontario', 'Sydney',
  'Melbourne', 'Bangkok', 'Jakarta', 'Manila', 'Moscow', 'Beijing', 'Geneva', 'Vienna', 'Rome', 'Madrid', 'Brussels',
  'Palestine', 'Ukraina',
  // cities that name clubs ("Bayern Munich", "Inter Milan")
  'Munich', 'Milan', 'Manchester', 'Liverpool', 'Barcelona', 'Turin', 'Lyon', 'Marseille', 'Porto', 'Lisbon', 'Amsterdam',
  // the Gulf's emirates and capitals ("Thái tử Abu Dhabi")
  'Abu Dhabi', 'Dubai', 'Sharjah', 'Doha', 'Riyadh', 'Jeddah', 'Manama', 'Muscat', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Cairo', 'Ankara',
  // a seat of government that stands for it ("Người phát ngôn Điện Kremlin Dmitry Peskov")
  'Kremlin',
];

/**
 * Countries named in Vietnamese between a post and a foreign surname ("Tổng thống Mỹ Trump",
 * "Thủ tướng Đức Merkel"). Apart from the list above: "Anh", "Đức", "Nga" are given names too,
 * and must not cut a Vietnamese name's end.
 */
export const COUNTRIES_BEFORE_FOREIGN_NAMES: readonly string[] = [
  'Mỹ', 'Nga', 'Pháp', 'Đức', 'Anh', 'Úc', 'Lào', 'Ý', 'Nhật', 'Bỉ', 'Séc', 'Thụy Sĩ', 'Thụy Điển', 'Ba Lan', 'Ai Cập',
  'Thổ Nhĩ Kỳ', 'Na Uy', 'Phần Lan', 'Hy Lạp', 'Nam Phi', 'Ả Rập Xê-út', 'Ả-rập Xê-út', 'Đan Mạch', 'Áo', 'Hung',
];

/**
 * Foreign countries as a body of their people or firms in Vietnam names them ("Hiệp hội Doanh
 * nghiệp Hàn Quốc tại Đồng Nai"); not "Anh", "Đức", "Nga", "Nhật", "Hung", which end Vietnamese names.
 */
export const FOREIGN_COUNTRIES: readonly string[] = [
  ...COUNTRIES_AND_REGIONS.filter((c) => c !== 'Việt Nam' && c !== 'Lầu Năm Góc'),
  ...PLAIN_PLACES,
  ...COUNTRIES_BEFORE_FOREIGN_NAMES.filter((c) => !['Anh', 'Đức', 'Nga', 'Nhật', 'Hung'].includes(c)),
];
