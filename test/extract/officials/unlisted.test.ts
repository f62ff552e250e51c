import { describe, expect, it } from 'vitest';
import { afterHonorifics } from '../../../src/extract/officials/foreign.js';
import { bulletStarts, listedComradeStarts, oneWordNamesBeforePosts, unlistedNames } from '../../../src/extract/officials/unlisted.js';

const names = (text: string) => unlistedNames(text, afterHonorifics(text)).map((n) => text.slice(n.start, n.end));

describe('unlistedNames', () => {
  it('reads a name from a surname no list holds, between an honorific and a post', () => {
    expect(names('Ông Ya Tuấn, Giám đốc Trung tâm Hành chính công thành phố cho biết.')).toEqual(['Ya Tuấn']);
    expect(names('Ông Bhriu Hành, Chủ tịch UBND xã Tê Xăng cho hay.')).toEqual(['Bhriu Hành']);
    expect(names('Theo bà Êban Y Phu – Phó Chủ tịch UBND tỉnh, kết quả khả quan.')).toEqual(['Êban Y Phu']);
    expect(names('Ông Văn Công Hậu, Phó Chủ tịch UBND TP.Cần Thơ chủ trì.')).toEqual(['Văn Công Hậu']);
  });

  it('reads a marked name of one word written with a space after its apostrophe, none of more', () => {
    expect(names('Ông K’ Brơi, Phó Chủ tịch UBND huyện Đức Trọng đánh giá.')).toEqual(['K’ Brơi']);
    expect(names('Bà H’ Nhi Ayun phát biểu.')).toEqual([]);
  });

  it('needs the post after the name', () => {
    expect(names('Ông Ya Tuấn cho biết hồ sơ đã xong.')).toEqual([]);
    expect(names('Ông Hai Lúa, nông dân ở xã bên.')).toEqual([]);
  });

  it('leaves names of the lists to the runs, and places to the places', () => {
    expect(names('Ông Nguyễn Văn An, Giám đốc Sở Nội vụ.')).toEqual([]);
    expect(names('Bà Rịa Vũng Tàu, Chủ tịch tỉnh.')).toEqual([]);
    expect(names('Ông Sở Tư Pháp, Giám đốc.')).toEqual([]);
  });

  it('reads a K\'Ho name of one word after the honorific, post or none', () => {
    expect(names("Quyết định bổ nhiệm lại ông K'Brết giữ chức Trưởng phòng.")).toEqual(["K'Brết"]);
    expect(names('Bà K’Hoa, người dân xã Đạ Chais, cho biết.')).toEqual(['K’Hoa']);
  });

  it('reads each item of a list "các đồng chí:" opens, as called by the honorific', () => {
    const text = 'Dự có các đồng chí: Ha Phim, Phó Trưởng phòng Nội vụ huyện; Bhơriu Lệ, Chủ tịch UBND xã A Vương. Ha Phim nói.';
    const listed = unlistedNames(text, listedComradeStarts(text)).map((n) => text.slice(n.start, n.end));
    expect(listed).toEqual(['Ha Phim', 'Bhơriu Lệ']);
    expect(listedComradeStarts('Kết luận: Ha Phim, Phó Trưởng phòng; Bhơriu Lệ, Chủ tịch UBND xã.')).toEqual([]);
  });

  it('reads each item of a bulleted list, a name and its post after a dash', () => {
    const text = 'Ban Thường vụ gồm:\n- Zơrâm Vinh – Bí thư Đảng ủy xã;\n- Bhơriu Lệ – Ủy viên Ban Thường vụ, Trưởng Công an xã.\n- Sở Tư pháp – đơn vị chủ trì.';
    expect(unlistedNames(text, bulletStarts(text)).map((n) => text.slice(n.start, n.end))).toEqual(['Zơrâm Vinh', 'Bhơriu Lệ']);
  });

  it('reads two to four syllables only', () => {
    expect(names('Ông Tuấn, Giám đốc Sở.')).toEqual([]);
    expect(names('Ông Ya Tuấn Anh Minh Quang, Giám đốc Sở.')).toEqual([]);
  });
});

describe('oneWordNamesBeforePosts', () => {
  const oneWord = (text: string) => oneWordNamesBeforePosts(text).map((n) => text.slice(n.start, n.end));

  it('reads a K\'Ho name of one word before a post, with no honorific', () => {
    expect(oneWord("Dự có các đồng chí: Đoàn Văn Việt, Chủ tịch UBND tỉnh; K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy.")).toEqual(["K'Mák"]);
    expect(oneWord('Theo K’Lình – Chủ tịch UBND xã, hồ sơ đã xong.')).toEqual(['K’Lình']);
    expect(oneWord("“Bà con rất phấn khởi”, bà H'Lim, Trưởng bon Bu Dăr chia sẻ.")).toEqual(["H'Lim"]);
    expect(oneWord('H’Yăm, Phó Chủ tịch UBND xã, cho biết.')).toEqual(['H’Yăm']);
    // written with a space after the apostrophe
    expect(oneWord("Tham dự có ông Phạm S; K' Điệp, Giám đốc Trung tâm Chuyển đổi số tỉnh.")).toEqual(["K' Điệp"]);
  });

  it('needs the post after it, and the marker to open the word', () => {
    expect(oneWord("K'Mák cho biết hồ sơ đã xong.")).toEqual([]);
    expect(oneWord("Ông K'Mák, nông dân ở xã bên.")).toEqual([]);
    expect(oneWord("Đội FK'Mák, Chủ tịch câu lạc bộ.")).toEqual([]);
    expect(oneWord("Đồng bào H'Mông, Chủ tịch UBND xã cho biết.")).toEqual([]);
    // the end of a longer name whose clan no list holds
    expect(oneWord("Ha Phim, Phó Trưởng phòng; Bon Niêng K' Sương, chuyên viên Ban Dân vận Huyện ủy.")).toEqual([]);
  });
});
