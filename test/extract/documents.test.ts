import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/documents.js';
import type { DocumentItem } from '../../src/schema.js';

const context = { reference: null };

function documents(text: string): DocumentItem[] {
  const items = extractDocuments(text, context);
  for (const item of items) expect(text.slice(item.span[0], item.span[1])).toBe(item.text);
  return items;
}

function found(text: string): string[] {
  return documents(text).map((d) => `${d.type} | ${d.number}`);
}

describe('extractDocuments: cited by number', () => {
  it.each([
    ['Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ về cải cách hành chính.', ['Nghị quyết | 76/NQ-CP']],
    ['UBND tỉnh ban hành văn bản số 1520/UBND-NC về việc chấn chỉnh kỷ luật.', ['văn bản | 1520/UBND-NC']],
    ['Triển khai Kế hoạch hành động số 88/KH-UBND của tỉnh.', ['Kế hoạch hành động | 88/KH-UBND']],
    ['Tỉnh ủy tổng kết Đề án số 05 về tinh giản biên chế.', ['Đề án | 05']],
    ['Ban Chỉ đạo thực hiện đề án số 12 của Huyện ủy.', ['đề án | 12']],
    ['Quán triệt Nghị quyết số 18-NQ/TW của Trung ương.', ['Nghị quyết | 18-NQ/TW']],
    ['Theo Quyết định số 1291/QĐ-TTg của Thủ tướng Chính phủ.', ['Quyết định | 1291/QĐ-TTg']],
    ['Thông tư liên tịch số 01/2015/TTLT-BNV-BTC hướng dẫn thực hiện.', ['Thông tư liên tịch | 01/2015/TTLT-BNV-BTC']],
    ['Theo Thông tư liên tịch số 04/2012/TTLT-BTP-TANDTC-VKSNDTC-BCA-BQP ngày 10/5/2012.', ['Thông tư liên tịch | 04/2012/TTLT-BTP-TANDTC-VKSNDTC-BCA-BQP']],
    ['Căn cứ Luật số 80/2015/QH13 và Kết luận số 14-KL/TW.', ['Luật | 80/2015/QH13', 'Kết luận | 14-KL/TW']],
    ['Chỉ thị số 05-CT/TW và Thông báo số 123-TB/TU đã được phổ biến.', ['Chỉ thị | 05-CT/TW', 'Thông báo | 123-TB/TU']],
    ['Công văn 2150/BNV-CCHC đề nghị các tỉnh báo cáo.', ['Công văn | 2150/BNV-CCHC']],
    ['Chương trình hành động số 15-CTr/TU được ban hành.', ['Chương trình hành động | 15-CTr/TU']],
    ['QUYẾT ĐỊNH SỐ 12/QĐ-UBND VỀ VIỆC CÔNG BỐ THỦ TỤC', ['QUYẾT ĐỊNH | 12/QĐ-UBND']],
    ['Tờ trình số 45/TTr-SNV và Báo cáo số 301/BC-UBND trình HĐND.', ['Tờ trình | 45/TTr-SNV', 'Báo cáo | 301/BC-UBND']],
    ['Công điện số 02/CĐ-TTg về phòng chống dịch.', ['Công điện | 02/CĐ-TTg']],
    ['Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ.', ['Quy định | 105-QĐ/TW']],
    ['Thực hiện Nghị quyết Số: 25/NQ-HĐND của HĐND tỉnh.', ['Nghị quyết | 25/NQ-HĐND']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('removes spaces inside a symbol', () => {
    expect(documents('Quyết định số 3362 /QĐ-UBND của UBND thành phố')[0].number).toBe('3362/QĐ-UBND');
    expect(documents('Quyết định số 77/ QĐ-UBND về kiện toàn')[0].number).toBe('77/QĐ-UBND');
    expect(found('Theo Nghị định số 58/2017/NĐ- CP ngày 10/5/2017.')).toEqual(['Nghị định | 58/2017/NĐ-CP']);
    expect(found('Thực hiện Nghị quyết 19/NQ - CP năm 2017.')).toEqual(['Nghị quyết | 19/NQ-CP']);
    expect(found('Góp ý dự thảo thông tư 02/2017- BYT của Bộ.')).toEqual(['thông tư | 02/2017-BYT']);
  });

  it('keeps a spaced dash out of a bare number or a finished symbol', () => {
    expect(found('Kế hoạch số 15 - UBND tỉnh giao.')).toEqual(['Kế hoạch | 15']);
    expect(found('Quyết định số 12/QĐ-UBND - Về việc giao chỉ tiêu.')).toEqual(['Quyết định | 12/QĐ-UBND']);
    expect(found('Nghị định 108 - Chính phủ ban hành.')).toEqual(['Nghị định | 108']);
  });

  it('reads short references by bare number', () => {
    expect(found('Sau 10 năm thực hiện Nghị quyết 39, Nghị định 108 và Nghị định 113, tỉnh đã giảm biên chế.')).toEqual([
      'Nghị quyết | 39',
      'Nghị định | 108',
      'Nghị định | 113',
    ]);
    expect(found('Chương trình tổng thể (Nghị quyết 30c) được triển khai.')).toEqual(['Nghị quyết | 30c']);
    expect(found('Triển khai Đề án 06 về dữ liệu dân cư.')).toEqual(['Đề án | 06']);
    expect(found('Ngày 21/6, UBND thành phố có Công văn 4611 gửi các sở.')).toEqual(['Công văn | 4611']);
    expect(found('Công văn 2091 của tỉnh nêu rõ.')).toEqual(['Công văn | 2091']);
    expect(found('Sở báo cáo 5 nội dung; UBND thông báo 3 điểm mới.')).toEqual([]);
  });

  it('reads a kind in lower case with a bare number, unless the number counts the verb\'s object', () => {
    expect(found('Việc thực hiện nghị định 67 trên địa bàn còn chậm.')).toEqual(['nghị định | 67']);
    expect(found('Theo quyết định 113 khoản 1, Bộ trưởng có trách nhiệm.')).toEqual(['quyết định | 113']);
    expect(found('Hội đồng quyết định 4 nhóm vấn đề.')).toEqual([]);
  });

  it('reads a bare number followed by the day or year it was issued', () => {
    expect(found('Nghị định này thay thế Nghị định 159 ngày 12/11/2013 của Chính phủ.')).toEqual(['Nghị định | 159']);
    expect(found('Theo Quyết định 113 ngày 14-4-1980 của Chủ tịch UBND tỉnh.')).toEqual(['Quyết định | 113']);
    expect(found('Thực hiện Nghị quyết 26 ngày 5 tháng 8 năm 2019 của Tỉnh ủy.')).toEqual(['Nghị quyết | 26']);
    expect(found('Sau đó, Nghị định 11 năm 2012 của Chính phủ đã sửa đổi.')).toEqual(['Nghị định | 11']);
    expect(found('UBND ban hành Quyết định 2032 ngày 5/6/2017 về việc này.')).toEqual(['Quyết định | 2032']);
    expect(found('Nghị quyết 2021 năm 2020 chưa có.')).toEqual([]);
  });

  it('a bare number followed by days or years of time is no document', () => {
    expect(found('Sau Quyết định 30 ngày qua, tỉnh đã hoàn thành.')).toEqual([]);
    expect(found('Thực hiện Nghị quyết 5 năm 2016-2020 của tỉnh.')).toEqual([]);
    expect(found('Đề án 3 năm nay chưa được triển khai.')).toEqual([]);
  });

  it('reads further symbols of the same kind in a list', () => {
    expect(found('theo Nghị định số 107/2020/NĐ-CP và 108/2020/NĐ-CP của Chính phủ')).toEqual([
      'Nghị định | 107/2020/NĐ-CP',
      'Nghị định | 108/2020/NĐ-CP',
    ]);
    expect(found('Nghị quyết số 01/NQ-CP, 02/NQ-CP và 03/NQ-CP về nhiệm vụ')).toEqual([
      'Nghị quyết | 01/NQ-CP',
      'Nghị quyết | 02/NQ-CP',
      'Nghị quyết | 03/NQ-CP',
    ]);
  });

  it('keeps the date after a number out of the symbol', () => {
    const [doc] = documents('Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ');
    expect(doc.number).toBe('61/2018/NĐ-CP');
    expect(doc.text).toBe('Nghị định số 61/2018/NĐ-CP');
  });

  it('gives one item per mention', () => {
    const text = 'Nghị quyết số 30c/NQ-CP (Nghị quyết 30c) được tổng kết; sau 10 năm, Nghị quyết 30c đã tạo chuyển biến.';
    expect(found(text)).toEqual(['Nghị quyết | 30c/NQ-CP', 'Nghị quyết | 30c', 'Nghị quyết | 30c']);
  });
});

describe('extractDocuments: symbols and kinds as articles write them', () => {
  it.each([
    ['Thực hiện Nghị quyết số 19-2017/NQ-CP về cải thiện môi trường kinh doanh.', ['Nghị quyết | 19-2017/NQ-CP']],
    ['Theo Nghị Định 100/2016/NĐ-CP của Chính phủ.', ['Nghị Định | 100/2016/NĐ-CP']],
    ['Thông tư Liên tịch số 39/2014/TTLT-BCT-BTC quy định rõ.', ['Thông tư Liên tịch | 39/2014/TTLT-BCT-BTC']],
    ['Căn cứ Quyết định số:1350/QĐ-UBND ngày 5/6.', ['Quyết định | 1350/QĐ-UBND']],
    ['Đề án số 06/ĐA-TTg và Quyết định 1764/QĐ-TTg được triển khai.', ['Đề án | 06/ĐA-TTg', 'Quyết định | 1764/QĐ-TTg']],
    ['(Nghị quyết 35) về hỗ trợ doanh nghiệp.', ['Nghị quyết | 35']],
    ['Đội ban hành Quyết định xử phạt số 0086542/QĐ-XPHC, phạt 90 triệu đồng.', ['Quyết định | 0086542/QĐ-XPHC']],
    ['Theo Thông báo số 402/TB-KV II ngày 5/6, đơn vị đã nộp.', ['Thông báo | 402/TB-KVII']],
    ['Thay thế Quyết định số 4417/QĐ-\nUBND ngày 10/5/2022 của UBND tỉnh.', ['Quyết định | 4417/QĐ-UBND']],
    ['Theo Quyết định số 44/QĐ-\nSau đó, tỉnh làm.', ['Quyết định | 44/QĐ']],
    ['Thực hiện Nghị quyết số 01-NQ/ĐH.XVII ngày 15/10/2020; theo Quyết định số 12/QĐ.Sau đó, tỉnh làm.', ['Nghị quyết | 01-NQ/ĐH.XVII', 'Quyết định | 12/QĐ']],
    ['Theo Bản án hình sự sơ thẩm số 56/2022/HS-ST và Cáo trạng số 45/CT-VKS-P1; bản án 5 năm tù.', ['Bản án | 56/2022/HS-ST', 'Cáo trạng | 45/CT-VKS-P1']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads only after a kind or "số", not every number', () => {
    expect(found('Năm 2017, tỉnh có 1.250 hồ sơ và 35 thủ tục; số 12/15 xã không rõ.')).toEqual([]);
    expect(found('Văn bản 12/UBND-VX')).toEqual(['Văn bản | 12/UBND-VX']);
  });
});

describe('extractDocuments: a bare number listed after a bare one', () => {
  it('is another document, but not a percentage after a semicolon', () => {
    expect(found('theo Quyết định 19 và 54 của UBND tỉnh')).toEqual(['Quyết định | 19', 'Quyết định | 54']);
    expect(found('triển khai theo Đề án 06; 100 phần trăm cơ sở khám bệnh tham gia')).toEqual(['Đề án | 06']);
  });

  it('is the document before a place counted after it where the text cites the same one plainly elsewhere', () => {
    expect(found('Đẩy mạnh Đề án 06 gắn với cải cách. Tổ công tác triển khai Đề án 06 tỉnh họp.')).toEqual(['Đề án | 06', 'Đề án | 06']);
    expect(found('Triển khai Đề án 06 tỉnh đã xong.')).toEqual([]);
  });

  it('is the document a body is named for, its level after the number ("Ban Chỉ đạo Đề án 06 tỉnh")', () => {
    expect(found('Tổ công tác triển khai Đề án 06 tỉnh họp.')).toEqual(['Đề án | 06']);
    expect(found('Ông A, Trưởng Ban Chỉ đạo Đề án 06 tỉnh, cho biết; Tổ công tác Đề án 06 cấp xã rà soát.')).toEqual(['Đề án | 06', 'Đề án | 06']);
    expect(found('Quyết định 15 hộ dân được hỗ trợ.')).toEqual([]);
  });

  it('is the document cited in full before, of any kind ("(Kế hoạch 363)" after "Kế hoạch số 363/KH-TTCP")', () => {
    expect(found('theo Kế hoạch số 363/KH-TTCP ngày 20/3/2019 (Kế hoạch 363); triển khai.')).toEqual(['Kế hoạch | 363/KH-TTCP', 'Kế hoạch | 363']);
    expect(found('Kế hoạch 363 của tỉnh được triển khai.')).toEqual([]);
  });

  it('is a year-like number where a document of that number, of any kind, was cited in full before ("Đề án 1956")', () => {
    expect(found('thực hiện Quyết định số 1956/QĐ-TTg phê duyệt Đề án đào tạo nghề (Đề án 1956).')).toEqual(['Quyết định | 1956/QĐ-TTg', 'Đề án | 1956']);
    expect(found('Đề án 1956 được triển khai; Kế hoạch 2024 của tỉnh.')).toEqual([]);
  });
});

describe('extractDocuments: not documents', () => {
  it.each([
    'UBND tỉnh ban hành Quyết định thành lập Ban chỉ đạo.',
    'Quốc hội thông qua Nghị quyết phê chuẩn đề nghị của Thủ tướng.',
    'Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại 240 đơn vị.',
    'Kế hoạch 2021 được triển khai đúng tiến độ.',
    'Chương trình 135 hỗ trợ các xã đặc biệt khó khăn.',
    'Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.',
    'Sau 3 tháng thực hiện Quyết định 3 tháng qua đã có kết quả.',
    'Văn bản số hóa đạt 90%, báo cáo số liệu đầy đủ.',
    'Luật 2015 quy định rõ.',
    'Quyết định số lượng biên chế cho từng đơn vị.',
    'Ủy ban Kiểm tra đã kỷ luật 7 cán bộ cấp cao.',
    'Hội đồng sẽ xem xét, quyết định 4 nhóm vấn đề lớn.',
    'Kỳ họp quyết định 2 trong 4 nội dung trình.',
    'Đoàn kiểm tra kết luận 5 tàu vi phạm.',
  ])('%s', (text) => {
    expect(documents(text)).toEqual([]);
  });
});

describe('extractDocuments: seed report', () => {
  it('finds every document of the seed decision letter', () => {
    const seed = readFileSync('fixtures/003_57f3727645453099.txt', 'utf8');
    expect(documents(seed.slice(0, seed.indexOf('Tin liên quan'))).map((d) => `${d.type} | ${d.number}`)).toEqual([
      'văn bản | 2410/UBND-KSTT',
      'Nghị định | 107/2020/NĐ-CP',
      'Nghị định | 24/2014/NĐ-CP',
      'Nghị định | 108/2020/NĐ-CP',
      'Nghị định | 37/2014/NĐ-CP',
      'Nghị định | 120/2020/NĐ-CP',
      'Kế hoạch hành động | 1275/KH-UBND',
      'Chỉ thị | 03/CT-UBND',
    ]);
  });
});

describe('extractDocuments: hostile input', () => {
  it('reads only the cited documents of long digit runs, slashes and repeated kinds', () => {
    const inputs = [
      'Nghị định số ' + '9'.repeat(50_000),
      'Quyết định số 1' + '/A'.repeat(50_000),
      'Nghị quyết '.repeat(20_000),
      'Nghị định số 1/NĐ-CP, '.repeat(10_000),
      ','.repeat(100_000),
    ];
    expect(inputs.map((text) => documents(text).length)).toEqual([0, 0, 0, 10_000, 0]);
  });
});

describe('extractDocuments: a dash between the number and an issuer code', () => {
  it.each([
    ['theo Quyết định số 470- QĐNS/TW của Bộ Chính trị', '470-QĐNS/TW'],
    ['Quyết định số 439 – QĐNS/TW của Bộ Chính trị', '439–QĐNS/TW'],
    ['Nghị quyết số 18 - NQ/TW của Hội nghị Trung ương', '18-NQ/TW'],
  ])('%s', (text, number) => {
    expect(extractDocuments(text, { reference: null }).map((d) => d.number)).toEqual([number]);
  });

  it('leaves a range of figures alone', () => {
    expect(extractDocuments('theo Quyết định số 12 - 15 ngày làm việc', { reference: null }).map((d) => d.number)).toEqual(['12']);
  });
});

describe('extractDocuments: urgent dispatches and communiqués', () => {
  it.each([
    ['UBND tỉnh có công điện khẩn số 03/CĐ-UBND yêu cầu các huyện', 'công điện khẩn', '03/CĐ-UBND'],
    ['Bộ ban hành Công văn hỏa tốc số 1215/BGDĐT-GDTrH', 'Công văn hỏa tốc', '1215/BGDĐT-GDTrH'],
    ['Thông cáo số 12 của Hội nghị', 'Thông cáo', '12'],
  ])('%s', (text, type, number) => {
    expect(extractDocuments(text, { reference: null }).map((d) => [d.type, d.number])).toEqual([[type, number]]);
  });
});

describe('extractDocuments: an en dash as a hyphen, a point or "&" in an issuer code', () => {
  it.each([
    ['theo Quyết định số 1947/QĐ–UBND ngày 5/6/2017', '1947/QĐ–UBND'],
    ['Thanh tra Chính phủ có văn bản số 76/TTCP-C.I ngày 5/6', '76/TTCP-C.I'],
    ['Báo cáo Thanh tra Chính phủ theo Công văn số 1129/TTCP-C.I.\nNơi nhận:', '1129/TTCP-C.I'],
    ['theo Nghị định 58/2017/NĐ-CP.Theo đó', '58/2017/NĐ-CP'],
    ['Bộ có công văn số 301/BGDĐT – GDMN về việc chỉ đạo', '301/BGDĐT–GDMN'],
    ['thực hiện Kế hoạch 45/KH – UBND của tỉnh', '45/KH–UBND'],
    ['theo Thông tư liên tịch số 04/2006/TTLT-KH&ĐT-UBTƯMTTQVN-TC ngày 4/12/2006', '04/2006/TTLT-KH&ĐT-UBTƯMTTQVN-TC'],
    ['theo Công văn số 15/BKH&ĐT, R&D của Bộ', '15/BKH&ĐT'],
  ])('%s', (text, number) => {
    expect(extractDocuments(text, { reference: null }).map((d) => d.number)).toEqual([number]);
  });
});

describe('extractDocuments: bare numbers listed after a bare one', () => {
  it.each([
    ['Quyết định 33/2014 thay thế Quyết định 19 và 54. Nay Sở đề nghị.', ['33/2014', '19', '54']],
    ['thực hiện Quyết định 217 và 218 của Bộ Chính trị', ['217', '218']],
  ])('%s', (text, numbers) => {
    expect(extractDocuments(text, { reference: null }).map((d) => d.number)).toEqual(numbers);
  });

  it.each(['theo Nghị định 19 và 54 người', 'thực hiện quyết định 19 và 54'])('stops at a figure of something counted or a verb: %s', (text) => {
    expect(extractDocuments(text, { reference: null }).map((d) => d.number)).toHaveLength(1);
  });
});

describe('extractDocuments: the kinds’ abbreviations', () => {
  it.each([
    ['vẫn phớt lờ NĐ 94 của Chính phủ', 'NĐ', '94'],
    ['thực hiện NQ 30c về cải cách', 'NQ', '30c'],
    ['theo QĐ số 11692/QĐ-SHTT', 'QĐ', '11692/QĐ-SHTT'],
  ])('%s', (text, type, number) => {
    expect(extractDocuments(text, { reference: null }).map((d) => [d.type, d.number])).toEqual([[type, number]]);
  });
});

describe('extractDocuments: words between the kind and "số"', () => {
  it.each([
    ['theo quyết định mới nhất số 326/QĐ-UBND', 'quyết định', '326/QĐ-UBND'],
    ['đã ra Quyết định khởi tố bị can số 363/QĐ-CSĐT', 'Quyết định', '363/QĐ-CSĐT'],
    ['bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13', 'Bộ luật', '100/2015/QH13'],
    ['Theo Luật Đất đai số 45/2013/QH13', 'Luật', '45/2013/QH13'],
  ])('%s', (text, type, number) => {
    expect(extractDocuments(text, { reference: null }).map((d) => [d.type, d.number])).toEqual([[type, number]]);
  });

  it('needs a full symbol there ("Quyết định này có số 12" cites nothing)', () => {
    expect(extractDocuments('Quyết định này có số 12 trang.', { reference: null })).toEqual([]);
  });
});

describe('extractDocuments: letters of introduction, a long gap before "số"', () => {
  it.each([
    ['Hai giấy giới thiệu số 45/TCMT-GGT và số 46/TCMT-GGT', ['45/TCMT-GGT', '46/TCMT-GGT']],
    ['Bộ Công an ra Quyết định truy nã đặc biệt toàn quốc số 15/C46-P12', ['15/C46-P12']],
    ['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được thông qua.', ['10/2022/QH15']],
    ['Công an đã quyết định xác lập chuyên án trinh sát mang bí số 107-T.', []],
    ['Bộ tổ chức Hội nghị sơ kết Đề án 06 lần thứ 3 vào quý I.', ['06']],
    ['Nghị quyết 2 lần được sửa đổi.', []],
  ])('%s', (text, numbers) => {
    expect(extractDocuments(text, { reference: null }).map((d) => d.number)).toEqual(numbers);
  });
});

describe('extractDocuments: permits cited by number', () => {
  it('reads a building permit', () => {
    expect(extractDocuments('được cấp giấy phép xây dựng số 95/GPXD ngày 18/6/2015', { reference: null }).map((d) => [d.type, d.number])).toEqual([
      ['giấy phép', '95/GPXD'],
    ]);
  });
});

describe('extractDocuments: a letter by its bare number, a stray space before a year\'s slash', () => {
  it('reads "văn bản 2861" and "Nghị định 67 /2014/NĐ-CP"', () => {
    const text = 'Thực hiện chỉ đạo tại văn bản 2861 ngày 13/6 của UBND thành phố; tàu đóng theo Nghị định 67 /2014/NĐ-CP, Nghị định 67/2014 NĐ-CP.';
    expect(extractDocuments(text, context).map((d) => d.number)).toEqual(['2861', '67/2014/NĐ-CP', '67/2014NĐ-CP']);
  });
});

describe('extractDocuments: a space between the number and its code', () => {
  it('keeps the code in the symbol', () => {
    expect(extractDocuments('Bộ vừa có Công điện số 5360 CĐ/BCT-PCTT gửi các tỉnh.', context).map((d) => d.number)).toEqual(['5360CĐ/BCT-PCTT']);
  });
});

describe('extractDocuments: people or places counted after a bare number', () => {
  it('is no document', () => {
    expect(extractDocuments('Đã ban hành Quyết định 4 cấp chính quyền; Quyết định 15 hộ dân được hỗ trợ.', { reference: null })).toEqual([]);
  });

  it('a body or a verb after the number leaves the document cited', () => {
    const found = extractDocuments('Thông tư 01 Bộ Nội vụ; theo Nghị định 84 quỹ bình ổn; Nghị định 43/2014 quy định chi tiết.', { reference: null });
    expect(found.map((d) => d.number)).toEqual(['01', '84', '43/2014']);
  });
});

describe('extractDocuments: a second symbol after the first one\'s issue date', () => {
  it('is another document of the kind', () => {
    const found = extractDocuments('Theo văn bản số 357/TB-VPCP ngày 6/11/2015 và số 161/TB-VPCP ngày 12/4/2017 của Văn phòng Chính phủ.', { reference: null });
    expect(found.map((d) => d.number)).toEqual(['357/TB-VPCP', '161/TB-VPCP']);
  });

  it('a bare figure there counts something else', () => {
    expect(extractDocuments('Quyết định 19 ngày 5/6/2017 và 54 người được hỗ trợ.', { reference: null }).map((d) => d.number)).toEqual(['19']);
  });
});

describe('extractDocuments: the kind\'s short form in brackets before "số"', () => {
  it('reads the kind before the brackets', () => {
    expect(documents('Sửa đổi Bộ luật Hình sự (BLHS) số 100/2015/QH13 đã bàn.').map((d) => [d.type, d.number])).toEqual([['Bộ luật', '100/2015/QH13']]);
    expect(documents('Theo Nghị định (NĐ) số 19/2017/NĐ-CP, mức phạt tăng.').map((d) => [d.type, d.number])).toEqual([['Nghị định', '19/2017/NĐ-CP']]);
  });

  it('reads no bracket that holds other words', () => {
    expect(documents('Bị can (sinh năm 1980, trú tại Hà Nội, làm nghề tự do ở quận Cầu Giấy) số 12/2017/HS-ST.')).toEqual([]);
  });
});

describe('extractDocuments: a document\'s own number on its header line', () => {
  it('reads the number, its kind from the symbol\'s code', () => {
    const header = 'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nSố: 45/KH-UBND\nBắc Giang, ngày 05 tháng 3 năm 2021\n\nKẾ HOẠCH\nChuyển đổi số tỉnh Bắc Giang';
    expect(found(header)).toEqual(['Kế hoạch | 45/KH-UBND']);
    expect(found('Số 1234/QĐ-UBND\nQUYẾT ĐỊNH')).toEqual(['Quyết định | 1234/QĐ-UBND']);
    expect(found('HUYỆN ỦY\n  Số: 12-NQ/HU\nNGHỊ QUYẾT')).toEqual(['Nghị quyết | 12-NQ/HU']);
    expect(found('Số: 12/2021/NQ-HĐND')).toEqual(['Nghị quyết | 12/2021/NQ-HĐND']);
    expect(found('Số: 2410/UBND-KSTT\nV/v triển khai')).toEqual(['Công văn | 2410/UBND-KSTT']);
    expect(found('THÔNG TIN VĂN BẢN\nSố ký hiệu: 45/KH-UBND\nNgày ban hành: 05/3/2021')).toEqual(['Kế hoạch | 45/KH-UBND']);
  });

  it('reads no bare number, nor "số" inside a sentence', () => {
    expect(found('Số: 45\nSố 45 hộ dân được hỗ trợ.\nTỉnh có số 12/2021 hộ.')).toEqual([]);
  });
});

describe('extractDocuments: a bare number before a named place', () => {
  it('is the place\'s document, not a count of places', () => {
    expect(found('Ban Chỉ đạo Đề án 06 xã Hòa Phú tổ chức sơ kết.')).toEqual(['Đề án | 06']);
  });

  it('still reads no document before places counted', () => {
    expect(found('Quyết định 4 cấp chính quyền; thông tư 15 xã đạt chuẩn.')).toEqual([]);
  });
});

describe('extractDocuments: laws named with a comma, kinds with their short form', () => {
  it.each([
    ['Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;', ['Luật | 15/2023/QH15']],
    ['Căn cứ Luật Phòng, chống tham nhũng số 36/2018/QH14;', ['Luật | 36/2018/QH14']],
    ['UBND quận đã cấp giấy phép đào hè - đào đường số 03/GPĐH cho công ty.', ['giấy phép | 03/GPĐH']],
    ['Dự thảo thay thế Quyết định (QĐ) 33/2014 về tách thửa.', ['Quyết định | 33/2014']],
    ['Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13;', ['Luật | 85/2015/QH13']],
    ['Theo Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14, Sở đã kiểm tra.', ['Luật | 69/2020/QH14']],
    ['Căn cứ Biên bản vi phạm hành chính số 36/BB-VPHC lập ngày 08/5/2024;', ['Biên bản | 36/BB-VPHC']],
    ['UBND tỉnh công bố Quyết định số 1024/QĐ-UBND.HC ngày 10/7/2023.', ['Quyết định | 1024/QĐ-UBND.HC']],
    ['Tặng Bằng khen theo Quyết định số 1418/QĐ-UBND.TĐKT ngày 22/12/2015.', ['Quyết định | 1418/QĐ-UBND.TĐKT']],
    ['Thanh tra tỉnh vừa có Kết luận số 06/KL-TTr.P1 ngày 08/3/2024 về thanh tra công vụ.', ['Kết luận | 06/KL-TTr.P1']],
    ['theo Quyết định số 12/QĐ-UBND.Theo đó, tỉnh giao', ['Quyết định | 12/QĐ-UBND']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('takes no more than one comma inside the name', () => {
    expect(found('Theo Luật Đất đai, nhà ở, kinh doanh bất động sản số 5/2020/QH14.')).toEqual([]);
  });
});

describe('extractDocuments: the Party\'s regulations cited by a bare number', () => {
  it.each([
    ['Xử lý nghiêm theo Quy định 69 những đảng viên gây phiền hà.', ['Quy định | 69']],
    ['Thực hiện Quy định 96 về lấy phiếu tín nhiệm.', ['Quy định | 96']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Ban tổ chức lại quy định 1 tiếng đầu phải chạy 10 km.'],
    ['Ví dụ, quy định 12h các tỉnh phải nộp báo cáo.'],
  ])('reads no document after the verb in small letters: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('extractDocuments: a symbol alone in a table\'s cell', () => {
  it('is the document its kind\'s code names', () => {
    const text = 'STT | Số, ký hiệu | Trích yếu\n1 | 05/2024/NQ-HĐND | Quy định mức chi\n2 | 48/NQ-HĐND | Thông qua';
    expect(found(text)).toEqual(['Nghị quyết | 05/2024/NQ-HĐND', 'Nghị quyết | 48/NQ-HĐND']);
  });

  it('needs a known kind\'s code and an issuer after it', () => {
    expect(found('Lớp | Phòng\n1 | 3-A | 12/15\n2 | 12/KT | 5')).toEqual([]);
  });
});

describe('extractDocuments: "số" and a symbol, no kind before', () => {
  it.each([
    ['Giấy phép khai thác cát được UBND tỉnh cấp (số 135/GP-UBND ngày 20/3/2015), doanh nghiệp', ['Giấy phép | 135/GP-UBND']],
    ['thực hiện theo số 12/QĐ-UBND của tỉnh', ['Quyết định | 12/QĐ-UBND']],
    ['hồ sơ có Số: 45/KH-UBND kèm theo', ['Kế hoạch | 45/KH-UBND']],
  ])('is the document its kind\'s code names: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([['đạt số 45/2019 người tham gia'], ['có số 12/15 xã đạt chuẩn'], ['số 3/KT của lớp']])('needs a known kind\'s code and an issuer: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('extractDocuments: a header flattened onto one line', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG - Số: 512/QĐ-UBND - Sóc Trăng, ngày 11 tháng 3 năm 2024\nQUYẾT ĐỊNH', ['Quyết định | 512/QĐ-UBND']],
    ['UBND TỈNH CAO BẰNG   Số: 2215/QĐ-UBND   Cao Bằng, ngày 29 tháng 12 năm 2023', ['Quyết định | 2215/QĐ-UBND']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('needs the colon off a line\'s start', () => {
    expect(found('Tỉnh đạt điểm - số 12/KH năm nay.')).toEqual([]);
  });
});
