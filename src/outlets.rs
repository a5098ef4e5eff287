//! The outlet registry: source-marker code to outlet name.
//!
//! One table, sorted by code (byte order), one outlet code per line. Codes are
//! written as the outlets print them in their markers; look-up also accepts
//! them written loosely (other case, accents dropped: `NLDO`, `tto`).

/// An outlet known to the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Outlet {
    /// The code as the outlet prints it in its source marker: `CT`, `TTO`.
    pub code: &'static str,
    /// The outlet's name: `Báo Cần Thơ`, `Tuổi Trẻ`.
    pub name: &'static str,
}

const fn o(code: &'static str, name: &'static str) -> Outlet {
    Outlet { code, name }
}

/// The registry, sorted by `code` in byte order (checked by a test).
static OUTLETS: &[Outlet] = &[
    o("ANTD.VN", "An ninh Thủ đô"),
    o("ANTV", "Truyền hình Công an Nhân dân"),
    o("ANTĐ", "An ninh Thủ đô"),
    o("BBK", "Báo Bắc Kạn"),
    o("BDO", "Báo Bình Dương"),
    o("BGĐT", "Báo Bắc Giang"),
    o("BHG", "Báo Hà Giang"),
    o("BKT", "Báo Kon Tum"),
    o("BKTO", "Báo Kiểm toán"),
    o("BKĐT", "Báo Bắc Kạn"),
    o("BNEWS", "BNEWS (Thông tấn xã Việt Nam)"),
    o("BP", "Báo Bình Phước"),
    o("BPO", "Báo Bình Phước"),
    o("BTNO", "Báo Tây Ninh"),
    o("BTO", "Báo Bình Thuận"),
    o("BVP", "Báo Vĩnh Phúc"),
    o("BVPL", "Bảo vệ Pháp luật"),
    o("BVR&MT", "Bảo vệ rừng và Môi trường"),
    o("Baoangiang.vn", "Báo An Giang"),
    o("Baobacgiang.vn", "Báo Bắc Giang"),
    o("Baobackan.vn", "Báo Bắc Kạn"),
    o("Baobaclieu.vn", "Báo Bạc Liêu"),
    o("Baobacninh.vn", "Báo Bắc Ninh"),
    o("Baobariavungtau.vn", "Báo Bà Rịa - Vũng Tàu"),
    o("Baobentre.vn", "Báo Bến Tre"),
    o("Baobinhdinh.vn", "Báo Bình Định"),
    o("Baobinhduong.vn", "Báo Bình Dương"),
    o("Baobinhphuoc.vn", "Báo Bình Phước"),
    o("Baobinhthuan.vn", "Báo Bình Thuận"),
    o("Baocamau.vn", "Báo Cà Mau"),
    o("Baocantho.vn", "Báo Cần Thơ"),
    o("Baocaobang.vn", "Báo Cao Bằng"),
    o("Baochinhphu.vn", "Báo Điện tử Chính phủ"),
    o("Baodaklak.vn", "Báo Đắk Lắk"),
    o("Baodaknong.vn", "Báo Đắk Nông"),
    o("Baodanang.vn", "Báo Đà Nẵng"),
    o("Baodautu.vn", "Báo Đầu tư"),
    o("Baodienbien.vn", "Báo Điện Biên"),
    o("Baodongnai.vn", "Báo Đồng Nai"),
    o("Baodongthap.vn", "Báo Đồng Tháp"),
    o("Baogialai.vn", "Báo Gia Lai"),
    o("Baogiaothong.vn", "Báo Giao thông"),
    o("Baohagiang.vn", "Báo Hà Giang"),
    o("Baohaiduong.vn", "Báo Hải Dương"),
    o("Baohaiphong.vn", "Báo Hải Phòng"),
    o("Baohaiquan.vn", "Hải quan"),
    o("Baohanam.vn", "Báo Hà Nam"),
    o("Baohatinh.vn", "Báo Hà Tĩnh"),
    o("Baohaugiang.vn", "Báo Hậu Giang"),
    o("Baohoabinh.vn", "Báo Hòa Bình"),
    o("Baohungyen.vn", "Báo Hưng Yên"),
    o("Baokhanhhoa.vn", "Báo Khánh Hòa"),
    o("Baokiengiang.vn", "Báo Kiên Giang"),
    o("Baokontum.vn", "Báo Kon Tum"),
    o("Baolaichau.vn", "Báo Lai Châu"),
    o("Baolamdong.vn", "Báo Lâm Đồng"),
    o("Baolangson.vn", "Báo Lạng Sơn"),
    o("Baolaocai.vn", "Báo Lào Cai"),
    o("Baolongan.vn", "Báo Long An"),
    o("Baonamdinh.vn", "Báo Nam Định"),
    o("Baonghean", "Báo Nghệ An"),
    o("Baonghean.vn", "Báo Nghệ An"),
    o("Baoninhbinh.vn", "Báo Ninh Bình"),
    o("Baoninhthuan.vn", "Báo Ninh Thuận"),
    o("Baophapluat.vn", "Pháp luật Việt Nam"),
    o("Baophutho.vn", "Báo Phú Thọ"),
    o("Baophuyen.vn", "Báo Phú Yên"),
    o("Baoquangbinh.vn", "Báo Quảng Bình"),
    o("Baoquangnam.vn", "Báo Quảng Nam"),
    o("Baoquangngai.vn", "Báo Quảng Ngãi"),
    o("Baoquangninh.vn", "Báo Quảng Ninh"),
    o("Baoquangtri.vn", "Báo Quảng Trị"),
    o("Baoquocte.vn", "Thế giới & Việt Nam"),
    o("Baosoctrang.vn", "Báo Sóc Trăng"),
    o("Baosonla.vn", "Báo Sơn La"),
    o("Baotayninh.vn", "Báo Tây Ninh"),
    o("Baothaibinh.vn", "Báo Thái Bình"),
    o("Baothainguyen.vn", "Báo Thái Nguyên"),
    o("Baothanhhoa.vn", "Báo Thanh Hóa"),
    o("Baothuathienhue.vn", "Báo Thừa Thiên Huế"),
    o("Baotiengiang.vn", "Báo Tiền Giang"),
    o("Baotintuc.vn", "Tin tức (Thông tấn xã Việt Nam)"),
    o("Baotravinh.vn", "Báo Trà Vinh"),
    o("Baotuyenquang.vn", "Báo Tuyên Quang"),
    o("Baovinhlong.vn", "Báo Vĩnh Long"),
    o("Baovinhphuc.vn", "Báo Vĩnh Phúc"),
    o("Baoxaydung.vn", "Báo Xây dựng"),
    o("Baoyenbai.vn", "Báo Yên Bái"),
    o("Bongda.com.vn", "Bóng đá"),
    o("Bongdaplus", "Bongdaplus"),
    o("Báo Công Thương", "Báo Công Thương"),
    o("BĐT", "Báo Đấu thầu"),
    o("CAND", "Công an Nhân dân"),
    o("CAO", "Công an TP.HCM"),
    o("CATP", "Công an TP.HCM"),
    o("CLO", "Nhà báo & Công luận"),
    o("CMO", "Báo Cà Mau"),
    o("CT", "Báo Cần Thơ"),
    o("CTO", "Báo Cần Thơ"),
    o("Cadn.com.vn", "Công an Đà Nẵng"),
    o("Cand.com.vn", "Công an Nhân dân"),
    o("Chinhphu.vn", "Cổng Thông tin điện tử Chính phủ"),
    o("Congluan.vn", "Nhà báo & Công luận"),
    o("Congly.vn", "Công lý"),
    o("Congthuong.vn", "Báo Công Thương"),
    o("DNSGO", "Doanh Nhân Sài Gòn"),
    o("DNVN", "Doanh nghiệp Việt Nam"),
    o("DTO", "Báo Đồng Tháp"),
    o("Dantri.com.vn", "Dân trí"),
    o("Danviet.vn", "Dân Việt"),
    o("Dân Việt", "Dân Việt"),
    o("Dân sinh", "Báo Dân sinh"),
    o("Dân trí", "Dân trí"),
    o("DĐDN", "Diễn đàn Doanh nghiệp"),
    o("GD&TĐ", "Giáo dục và Thời đại"),
    o("GDTĐ", "Giáo dục và Thời đại"),
    o("GDVN", "Giáo dục Việt Nam"),
    o("GLO", "Báo Gia Lai"),
    o("Giadinh.net.vn", "Gia đình & Xã hội"),
    o("Giaoducthoidai.vn", "Giáo dục và Thời đại"),
    o("GĐXH", "Gia đình & Xã hội"),
    o("HBĐT", "Báo Hòa Bình"),
    o("HGĐT", "Báo Hà Giang"),
    o("HNM", "Hà Nội Mới"),
    o("HNMO", "Hà Nội Mới"),
    o("HQ Online", "Hải quan"),
    o("HTV", "Đài Truyền hình TP.HCM"),
    o("Hanoimoi.vn", "Hà Nội Mới"),
    o("ICTnews", "ICTnews (VietNamNet)"),
    o("Infonet", "Infonet"),
    o("KHPT", "Khoa học phổ thông"),
    o("KTSG Online", "Kinh tế Sài Gòn"),
    o("KTĐT", "Kinh tế & Đô thị"),
    o("Kenh14", "Kenh14"),
    o("Kiemsat.vn", "Bảo vệ Pháp luật"),
    o("Kienthuc.net.vn", "Kiến Thức"),
    o("Kinhtedothi", "Kinh tế & Đô thị"),
    o("Kiến Thức", "Kiến Thức"),
    o("LSO", "Báo Lạng Sơn"),
    o("Laodong.vn", "Lao Động"),
    o("Laodongthudo", "Lao động Thủ đô"),
    o("LĐ", "Lao Động"),
    o("LĐO", "Lao Động"),
    o("LĐTĐ", "Lao động Thủ đô"),
    o("Mekong ASEAN", "Mekong ASEAN"),
    o("NB&CL", "Nhà báo & Công luận"),
    o("NCT", "Người cao tuổi"),
    o("NDH", "NDH"),
    o("NDO", "Nhân Dân"),
    o("NDĐT", "Nhân Dân"),
    o("NLĐ", "Người Lao Động"),
    o("NLĐO", "Người Lao Động"),
    o("NNVN", "Nông nghiệp Việt Nam"),
    o("NTO", "Báo Ninh Thuận"),
    o("NV", "Người Việt"),
    o("Ngoisao.vn", "Ngôi sao"),
    o("NguoiDuaTin.vn", "Người Đưa Tin"),
    o("Nhandan.vn", "Nhân Dân"),
    o("Nhân Dân", "Nhân Dân"),
    o("Nld.com.vn", "Người Lao Động"),
    o("NĐT", "Người Đưa Tin"),
    o("PL", "Pháp Luật TP.HCM"),
    o("PL&XH", "Pháp luật & Xã hội"),
    o("PLO", "Pháp Luật TP.HCM"),
    o("PLVN", "Pháp luật Việt Nam"),
    o("PNO", "Phụ nữ TP.HCM"),
    o("PNVN", "Phụ nữ Việt Nam"),
    o("PTĐT", "Báo Phú Thọ"),
    o("PYO", "Báo Phú Yên"),
    o("Petrotimes", "Petrotimes"),
    o("Plo.vn", "Pháp Luật TP.HCM"),
    o("QBĐT", "Báo Quảng Bình"),
    o("QK7 Online", "Quân khu 7"),
    o("QNO", "Báo Quảng Nam"),
    o("QTO", "Báo Quảng Trị"),
    o("Qdnd.vn", "Quân đội Nhân dân"),
    o("QĐND", "Quân đội Nhân dân"),
    o("QĐND Online", "Quân đội Nhân dân"),
    o("SGGP", "Sài Gòn Giải Phóng"),
    o("SGGPO", "Sài Gòn Giải Phóng"),
    o("SKĐS", "Sức khỏe & Đời sống"),
    o("Sggp.org.vn", "Sài Gòn Giải Phóng"),
    o("Soha", "Soha"),
    o("Suckhoedoisong.vn", "Sức khỏe & Đời sống"),
    o("TBKTSG", "Thời báo Kinh tế Sài Gòn"),
    o("TBKTSG Online", "Kinh tế Sài Gòn"),
    o("TBTC", "Thời báo Tài chính Việt Nam"),
    o("TBTCO", "Thời báo Tài chính Việt Nam"),
    o("TBTCVN", "Thời báo Tài chính Việt Nam"),
    o("TCCS", "Tạp chí Cộng sản"),
    o("TG&VN", "Thế giới & Việt Nam"),
    o("TGVN", "Thế giới & Việt Nam"),
    o("THPL", "Truyền hình Pháp luật"),
    o("TN", "Thanh Niên"),
    o("TN&MT", "Tài nguyên & Môi trường"),
    o("TNO", "Thanh Niên"),
    o("TP", "Tiền Phong"),
    o("TPO", "Tiền Phong"),
    o("TQĐT", "Báo Tuyên Quang"),
    o("TT", "Tuổi Trẻ"),
    o("TT&VH", "Thể thao & Văn hóa"),
    o("TTH.VN", "Báo Thừa Thiên Huế"),
    o("TTO", "Tuổi Trẻ"),
    o("TTTĐ", "Tuổi trẻ Thủ đô"),
    o("TTVH", "Thể thao & Văn hóa"),
    o("TTXVN", "Thông tấn xã Việt Nam"),
    o("Thanh Niên", "Thanh Niên"),
    o("Thanh tra", "Báo Thanh tra"),
    o("Thanhnien.vn", "Thanh Niên"),
    o("TheLEADER", "TheLEADER"),
    o("Thethao247.vn", "Thể thao 247"),
    o("Thethaovanhoa.vn", "Thể thao & Văn hóa"),
    o("Thời Nay", "Thời Nay"),
    o("Tienphong.vn", "Tiền Phong"),
    o("Tin tức", "Tin tức (Thông tấn xã Việt Nam)"),
    o("Tinmoi.vn", "Tin Mới"),
    o("Tiền Phong", "Tiền Phong"),
    o("Tuoitre.vn", "Tuổi Trẻ"),
    o("Tổ Quốc", "Tổ Quốc"),
    o("VGP", "Cổng Thông tin điện tử Chính phủ"),
    o("VHO", "Báo Văn hóa"),
    o("VIETNAMPLUS.VN", "Vietnam+ (Thông tấn xã Việt Nam)"),
    o("VLO", "Báo Vĩnh Long"),
    o("VNA", "Thông tấn xã Việt Nam"),
    o("VNF", "VnFinance"),
    o("VOH", "Đài Tiếng nói Nhân dân TP.HCM"),
    o("VOV", "Đài Tiếng nói Việt Nam"),
    o("VOV.VN", "Đài Tiếng nói Việt Nam"),
    o("VOV5", "VOV5"),
    o("VOVGT", "VOV Giao thông"),
    o("VTC News", "VTC News"),
    o("VTV", "Đài Truyền hình Việt Nam"),
    o("VTV.vn", "Đài Truyền hình Việt Nam"),
    o("VietNamNet", "VietNamNet"),
    o("VietQ.vn", "VietQ"),
    o("VietTimes", "VietTimes"),
    o("Vietnam+", "Vietnam+ (Thông tấn xã Việt Nam)"),
    o("VietnamPlus", "Vietnam+ (Thông tấn xã Việt Nam)"),
    o("Vietnamnet.vn", "VietNamNet"),
    o("VnEconomy", "VnEconomy"),
    o("VnExpress", "VnExpress"),
    o("VnMedia", "VnMedia"),
    o("Vneconomy.vn", "VnEconomy"),
    o("Vnexpress.net", "VnExpress"),
    o("Xây dựng", "Báo Xây dựng"),
    o("YBĐT", "Báo Yên Bái"),
    o("Zing", "Znews"),
    o("Zingnews", "Znews"),
    o("Znews", "Znews"),
    o("ĐBND", "Đại biểu Nhân dân"),
    o("ĐBNDO", "Đại biểu Nhân dân"),
    o("ĐBP", "Báo Điện Biên"),
    o("ĐCSVN", "Báo điện tử Đảng Cộng sản Việt Nam"),
    o("ĐNO", "Báo Đắk Nông"),
    o("ĐNĐT", "Báo Đồng Nai"),
    o("ĐS&PL", "Đời sống & Pháp luật"),
    o("ĐSPL", "Đời sống & Pháp luật"),
    o("ĐTCK", "Đầu tư Chứng khoán"),
    o("ĐTTC", "Đầu tư Tài chính"),
    o("ĐTTCO", "Đầu tư Tài chính"),
    o("ĐĐK", "Đại Đoàn Kết"),
];

/// All outlets of the registry, sorted by code.
///
/// ```
/// let outlets = vn_article::outlets();
/// assert!(outlets.len() >= 60);
/// assert!(outlets.iter().any(|o| o.code == "PLO" && o.name == "Pháp Luật TP.HCM"));
/// ```
pub fn outlets() -> &'static [Outlet] {
    OUTLETS
}

/// The outlet a source-marker code stands for, if the registry knows it.
///
/// The code is matched exactly first, then loosely: case is ignored, and so
/// are Vietnamese accents (`đ` counts as `d`). A code naming two outlets,
/// the agency and the paper (`TTXVN/Vietnam+`), stands for the last one the
/// registry knows. A domain under a second-level domain of `.vn`
/// (`Baocantho.com.vn`) stands for the one under `.vn` the registry holds.
///
/// ```
/// assert_eq!(vn_article::outlet("CT").map(|o| o.name), Some("Báo Cần Thơ"));
/// assert_eq!(vn_article::outlet("nldo").map(|o| o.code), Some("NLĐO"));
/// assert_eq!(vn_article::outlet("XYZ"), None);
/// // A provincial paper's domain, under `.com.vn` or `.vn`.
/// assert_eq!(
///     vn_article::outlet("Baocantho.com.vn").map(|o| o.name),
///     Some("Báo Cần Thơ")
/// );
/// ```
pub fn outlet(code: &str) -> Option<&'static Outlet> {
    lookup(code)
        .or_else(|| {
            // No recursion: parts are looked up one by one, the last first.
            code.contains('/')
                .then(|| code.rsplit('/').find_map(|part| lookup(part.trim())))
                .flatten()
        })
        .or_else(|| {
            // `Baocantho.com.vn`: the domain under `.vn` the registry holds.
            let stem = SECOND_LEVEL_VN
                .iter()
                .find_map(|suffix| strip_suffix_loosely(code, suffix))?;
            lookup(&format!("{stem}.vn"))
        })
}

/// The second-level domains under `.vn` that outlets' domains may use in
/// place of `.vn` alone (`baocantho.com.vn`, `baosoctrang.org.vn`).
const SECOND_LEVEL_VN: [&str; 6] = [
    ".com.vn", ".org.vn", ".net.vn", ".info.vn", ".gov.vn", ".edu.vn",
];

/// `s` without `suffix` at its end, in any case.
fn strip_suffix_loosely<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(suffix.len())?;
    s.get(at..)?
        .eq_ignore_ascii_case(suffix)
        .then(|| s.get(..at))
        .flatten()
}

/// The outlet whose code is exactly `code`, as printed.
pub(crate) fn outlet_exact(code: &str) -> Option<&'static Outlet> {
    let i = OUTLETS
        .binary_search_by(|o| o.code.bytes().cmp(code.bytes()))
        .ok()?;
    OUTLETS.get(i)
}

/// One code, exactly and then loosely.
fn lookup(code: &str) -> Option<&'static Outlet> {
    if let Some(o) = outlet_exact(code) {
        return Some(o);
    }
    let i = folded_table().codes.position(code)?;
    OUTLETS.get(i)
}

/// Words looked up loosely, case and accents aside (each character
/// [`fold`]ed): by a hash of the folded characters, then compared.
#[derive(Debug)]
pub(crate) struct FoldedSet {
    /// The words, folded, in the order given.
    words: Vec<String>,
    /// The hash of each and its index, sorted, so that equal hashes keep
    /// the order given.
    keys: Vec<(u64, usize)>,
}

impl FoldedSet {
    /// The set of `words`.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let words: Vec<String> = words.into_iter().map(folded).collect();
        let mut keys: Vec<(u64, usize)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (folded_hash(w), i))
            .collect();
        keys.sort_unstable();
        FoldedSet { words, keys }
    }

    /// The index of the first word that `s` loosely equals.
    pub(crate) fn position(&self, s: &str) -> Option<usize> {
        let h = folded_hash(s);
        let from = self.keys.partition_point(|&(k, _)| k < h);
        self.keys
            .get(from..)?
            .iter()
            .take_while(|&&(k, _)| k == h)
            .map(|&(_, i)| i)
            .find(|&i| {
                self.words
                    .get(i)
                    .is_some_and(|w| s.chars().map(fold).eq(w.chars()))
            })
    }

    /// Whether `s` loosely equals one of the words.
    pub(crate) fn contains(&self, s: &str) -> bool {
        self.position(s).is_some()
    }
}

/// FNV-1a over the folded characters of `s` (folding twice changes
/// nothing, so folded words hash as the text that folds to them).
fn folded_hash(s: &str) -> u64 {
    s.chars().map(fold).fold(0xCBF2_9CE4_8422_2325, |h, c| {
        (h ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01B3)
    })
}

/// The outlet whose name `name` is, written loosely (`An ninh thủ đô`).
pub(crate) fn outlet_by_name(name: &str) -> Option<&'static Outlet> {
    if name.len() > MAX_NAME_BYTES {
        return None;
    }
    let i = folded_table().names.position(name)?;
    OUTLETS.get(i)
}

/// [`outlet_by_name`], and else the name without the words that print
/// around an outlet's name: `Báo` before it, `Online`, `điện tử` or
/// `Digital` after it or its code (`Báo Tuổi Trẻ`, `Tuổi Trẻ Online`, `VTV
/// Digital`).
pub(crate) fn outlet_by_printed_name(name: &str) -> Option<&'static Outlet> {
    // Longer than a name and the words around it: told at once.
    if name.len() > MAX_NAME_BYTES + MAX_AROUND_NAME_BYTES {
        return None;
    }
    if let Some(o) = outlet_by_name(name) {
        return Some(o);
    }
    let without_prefix = name
        .split_once(' ')
        .filter(|(head, _)| crate::vocab::OUTLET_NAME_PREFIXES.contains(head))
        .map(|(_, rest)| rest);
    let base = without_prefix.unwrap_or(name);
    let without_suffix =
        crate::vocab::OUTLET_NAME_SUFFIXES
            .entries
            .iter()
            .find_map(|&(suffix, ())| {
                let cut = base.len().checked_sub(suffix.len() + 1)?;
                let (head, tail) = base.split_at_checked(cut)?;
                let tail = tail.strip_prefix(' ')?;
                crate::vocab::OUTLET_NAME_SUFFIXES
                    .whole(tail)
                    .map(|()| head)
            });
    // An outlet's code before a suffix (`VTV Digital`, `VOV Online`): the
    // code's outlet.
    let code_with_suffix = without_suffix.and_then(outlet_exact);
    [without_prefix, without_suffix]
        .into_iter()
        .flatten()
        .find_map(outlet_by_name)
        .or(code_with_suffix)
}

/// Whether `s` is an outlet's name alone, as printed (`Tuổi Trẻ Online`,
/// `Báo Tuổi Trẻ`) or as its code (`TTXVN`).
pub(crate) fn is_outlet_name(s: &str) -> bool {
    outlet_exact(s).is_some() || outlet_by_printed_name(s).is_some()
}

/// The longest outlet name in bytes, to skip longer lines at once.
const MAX_NAME_BYTES: usize = 64;

/// The most bytes the words printed around an outlet's name add to it
/// (`Báo ` before it, ` điện tử` after it).
const MAX_AROUND_NAME_BYTES: usize = 16;

/// The codes and names of [`OUTLETS`], looked up loosely.
struct FoldedTable {
    codes: FoldedSet,
    names: FoldedSet,
}

/// [`FoldedTable`], built once.
fn folded_table() -> &'static FoldedTable {
    static TABLE: std::sync::OnceLock<FoldedTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| FoldedTable {
        codes: FoldedSet::new(OUTLETS.iter().map(|o| o.code)),
        names: FoldedSet::new(OUTLETS.iter().map(|o| o.name)),
    })
}

/// `s` with every character [`fold`]ed.
fn folded(s: &str) -> String {
    s.chars().map(fold).collect()
}

/// A letter without case and Vietnamese accents: `Ề` and `ê` give `e`, `Đ` gives `d`;
/// white space past ASCII (a non-breaking or thin space) gives a space.
pub(crate) fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Latin letters (U+00C0 to U+024F) and the Vietnamese block (U+1EA0 to
    // U+1EFF) from a table built once; anything else worked out each time.
    let code = u32::from(c);
    let slot = match code {
        0xC0..=0x24F => Some(code - 0xC0),
        0x1EA0..=0x1EFF => Some(code - 0x1EA0 + (0x250 - 0xC0)),
        _ => None,
    };
    if let Some(slot) = slot {
        static TABLE: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
        let table = TABLE.get_or_init(|| {
            (0xC0..=0x24F_u32)
                .chain(0x1EA0..=0x1EFF)
                .map(|u| char::from_u32(u).map_or('\u{FFFD}', fold_slow))
                .collect()
        });
        if let Some(&f) = table.get(slot as usize) {
            return f;
        }
    }
    fold_slow(c)
}

/// [`fold`] worked out: lowercase, then the first character of the
/// canonical decomposition.
fn fold_slow(c: char) -> char {
    // A non-breaking, thin or other wide space is a space (`VTC\u{a0}News`).
    if crate::normalize::is_space(c) {
        return ' ';
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    if lower.is_ascii() {
        return lower;
    }
    use unicode_normalization::char::decompose_canonical;
    let mut base = lower;
    decompose_canonical(lower, |d| {
        if base == lower {
            base = d;
        }
    });
    match base {
        'đ' => 'd',
        b => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for pair in OUTLETS.windows(2) {
            if let [a, b] = pair {
                assert!(a.code < b.code, "{} before {}", a.code, b.code);
            }
        }
        assert!(OUTLETS.len() >= 60);
    }

    #[test]
    fn police_and_audit_papers_by_their_markers() {
        assert_eq!(outlet("CATP").map(|o| o.name), Some("Công an TP.HCM"));
        assert_eq!(outlet("CAO").map(|o| o.name), Some("Công an TP.HCM"));
        assert_eq!(
            outlet("cadn.com.vn").map(|o| (o.code, o.name)),
            Some(("Cadn.com.vn", "Công an Đà Nẵng"))
        );
        assert_eq!(outlet("BKTO").map(|o| o.name), Some("Báo Kiểm toán"));
        assert_eq!(outlet("BKT").map(|o| o.name), Some("Báo Kon Tum"));
    }

    #[test]
    fn sports_army_and_provincial_papers_by_their_markers() {
        assert_eq!(outlet("BKĐT").map(|o| o.name), Some("Báo Bắc Kạn"));
        assert_eq!(outlet("BKDT").map(|o| o.code), Some("BKĐT"));
        assert_eq!(outlet("QK7 Online").map(|o| o.name), Some("Quân khu 7"));
        assert_eq!(outlet("NCT").map(|o| o.name), Some("Người cao tuổi"));
        assert_eq!(
            outlet("thethao247.vn").map(|o| o.name),
            Some("Thể thao 247")
        );
        assert_eq!(outlet("Bongda.com.vn").map(|o| o.name), Some("Bóng đá"));
        assert_eq!(outlet("Bongdaplus").map(|o| o.code), Some("Bongdaplus"));
    }

    #[test]
    fn loose_lookup_ignores_case_and_accents() {
        assert_eq!(outlet("NLĐO").map(|o| o.name), Some("Người Lao Động"));
        assert_eq!(outlet("NLDO").map(|o| o.name), Some("Người Lao Động"));
        assert_eq!(
            outlet("vov.vn").map(|o| o.name),
            Some("Đài Tiếng nói Việt Nam")
        );
        assert_eq!(outlet("Dan tri").map(|o| o.code), Some("Dân trí"));
        assert_eq!(outlet("CTO").map(|o| o.name), Some("Báo Cần Thơ"));
        // Codes with `&` and with `Đ` inside.
        assert_eq!(
            outlet("ĐS&PL").map(|o| o.name),
            Some("Đời sống & Pháp luật")
        );
        assert_eq!(outlet("LĐTĐ").map(|o| o.name), Some("Lao động Thủ đô"));
        assert_eq!(outlet("TTTĐ").map(|o| o.name), Some("Tuổi trẻ Thủ đô"));
        assert_eq!(outlet("BTNO").map(|o| o.name), Some("Báo Tây Ninh"));
        assert_eq!(outlet("ABCD"), None);
        assert_eq!(outlet("TTH.VN").map(|o| o.name), Some("Báo Thừa Thiên Huế"));
        assert_eq!(outlet("vovgt").map(|o| o.name), Some("VOV Giao thông"));
        assert_eq!(
            outlet("NguoiDuaTin.vn").map(|o| o.name),
            Some("Người Đưa Tin")
        );
        assert_eq!(outlet("TTXVN/Vietnam+").map(|o| o.code), Some("Vietnam+"));
        assert_eq!(outlet("TTXVN/Báo Lạ").map(|o| o.code), Some("TTXVN"));
        assert_eq!(outlet("TP").map(|o| o.name), Some("Tiền Phong"));
        assert_eq!(outlet("DDK").map(|o| o.code), Some("ĐĐK"));
        assert_eq!(outlet("congly.vn").map(|o| o.name), Some("Công lý"));
        assert_eq!(outlet("Kien thuc").map(|o| o.code), Some("Kiến Thức"));
    }

    #[test]
    fn provincial_papers_by_their_domains() {
        assert_eq!(outlet("Baophuyen.vn").map(|o| o.name), Some("Báo Phú Yên"));
        assert_eq!(
            outlet("baosoctrang.org.vn").map(|o| o.name),
            Some("Báo Sóc Trăng")
        );
        assert_eq!(
            outlet("BAOCANTHO.COM.VN").map(|o| o.code),
            Some("Baocantho.vn")
        );
        // Registered as printed, under `.com.vn`, before the stem.
        assert_eq!(outlet("Cand.com.vn").map(|o| o.code), Some("Cand.com.vn"));
        assert_eq!(outlet("Baoxyz.com.vn"), None);
        assert_eq!(outlet(".com.vn"), None);
    }

    #[test]
    fn outlets_by_loosely_written_name() {
        assert_eq!(
            outlet_by_name("An ninh thủ đô").map(|o| o.code),
            Some("ANTD.VN")
        );
        assert_eq!(
            outlet_by_name("CONG AN NHAN DAN").map(|o| o.code),
            Some("CAND")
        );
        assert_eq!(outlet_by_name("Kim Xuân"), None);
    }

    #[test]
    fn folded_sets_find_the_first_word_loosely_equal() {
        let set = FoldedSet::new(["Tuổi Trẻ", "TUOI TRE", "Dân trí", "LTS"]);
        assert_eq!(set.position("tuoi tre"), Some(0));
        assert_eq!(set.position("TUỔI TRẺ"), Some(0));
        assert_eq!(set.position("DÂN TRÍ"), Some(2));
        assert_eq!(set.position("Dân"), None);
        assert_eq!(set.position(""), None);
        assert!(set.contains("lts"));
        assert!(!set.contains("LTS "));
        assert!(!FoldedSet::new([]).contains("x"));
    }

    #[test]
    fn fold_strips_accents() {
        assert_eq!(fold('Ề'), 'e');
        assert_eq!(fold('ự'), 'u');
        assert_eq!(fold('Đ'), 'd');
        assert_eq!(fold('Q'), 'q');
        assert_eq!(fold('Ạ'), 'a');
        assert_eq!(fold('ỹ'), 'y');
        assert_eq!(fold('ơ'), 'o');
        assert_eq!(fold('Ж'), 'ж');
        assert_eq!(fold('\u{a0}'), ' ');
        assert_eq!(fold('\u{2009}'), ' ');
        for u in (0xC0..=0x24F_u32).chain(0x1EA0..=0x1EFF) {
            let c = char::from_u32(u).unwrap();
            assert_eq!(fold(c), fold_slow(c), "{c}");
        }
    }
}
