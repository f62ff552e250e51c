// What the class and id names of news and portal pages say about a block. Each entry is a
// fragment matched inside one class or id token, lower-cased, with "-" and "_" removed
// ("tin-lien-quan", "tinLienQuan" and "tin_lien_quan" all become "tinlienquan").

/** Page furniture that is never the article: comments, share bars, breadcrumbs, menus, footers. */
export const FURNITURE_HINTS: readonly string[] = [
  'comment',
  'binhluan',
  'ykien',
  'disqus',
  'share',
  'sharing',
  'social',
  'sociable',
  'likefacebook',
  'fbcomment',
  'fblike',
  'breadcrumb',
  'navbar',
  'mainmenu',
  'menu',
  'footer',
  'copyright',
  'banner',
  'advert',
  'quangcao',
  'popup',
  'modal',
  'login',
  'search',
  'timkiem',
  'toolbar',
  'printpage',
  'emailprint',
  'rating',
  'vote',
  'pagination',
  'pager',
  'marquee',
  'ticker',
];

/** Boxes of other articles. They are dropped unless they hold most of the page's prose
 * (some sites name the whole article column "newsother" or "sidebar-1"). */
export const OTHER_NEWS_HINTS: readonly string[] = [
  'related',
  'relate',
  'lienquan',
  'tinkhac',
  'othernews',
  'newsother',
  'other',
  'morenews',
  'samecategory',
  'samecate',
  'cungchuyenmuc',
  'sametopic',
  'topic',
  'mostread',
  'mostview',
  'docnhieu',
  'xemnhieu',
  'tieudiem',
  'hotnews',
  'newest',
  'tinmoi',
  'latest',
  'recommend',
  'suggest',
  'sidebar',
  'sidecol',
  'rightcol',
  'leftcol',
  'colright',
  'colleft',
  'widget',
  'slide',
  'tags',
  'keyword',
  'listnews',
  'listing',
];

/** The lead paragraph (sapo) under the headline. */
export const LEAD_HINTS: readonly string[] = ['sapo', 'lead', 'description', 'summary', 'initcontent', 'headnoidung', 'tomtat', 'chapeau', 'excerpt'];

/** Image captions. */
export const CAPTION_HINTS: readonly string[] = ['caption', 'chuthich', 'imgdesc', 'imagedesc', 'photodesc', 'desc_img', 'fig'];

/** Elements that hold the publication date. */
export const DATE_HINTS: readonly string[] = ['date', 'time', 'publish', 'posted', 'ngaydang', 'thoigian', 'dattime', 'created'];

/** Elements that hold the byline or the source credit. */
export const AUTHOR_HINTS: readonly string[] = ['author', 'byline', 'tacgia', 'nguon', 'source'];
