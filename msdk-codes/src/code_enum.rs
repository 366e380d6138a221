use core::fmt;
use core::hash::Hash;

use crate::{Action, Language, TableInfo, Text};

/// What every enum that `msdk_codes!` generates can do, for code that works
/// with any table: [`Ret<T>`](crate::Ret) takes one.
///
/// The methods are the enums' own, which are also `const fn`; call those
/// when the type is known. Only generated enums implement this trait.
///
/// # Examples
///
/// ```
/// use msdk_codes::{CodeEnum, GameCenterCode, QqPlatformCode};
///
/// fn describe<T: CodeEnum>(code: i32) -> &'static str {
///     T::from_code(code).map_or("unknown", T::description)
/// }
///
/// assert_eq!(describe::<QqPlatformCode>(-21), "access_token has been deprecated");
/// assert_eq!(describe::<GameCenterCode>(-21), "unknown");
/// ```
pub trait CodeEnum:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + 'static + crate::generated::Sealed
{
    /// The table the enum was generated from.
    const TABLE: TableInfo;

    /// One value per row, in table order.
    const ALL: crate::Rows<Self>;

    /// The value for `code`, or `None` when the table does not know it.
    fn from_code(code: i32) -> Option<Self>;

    /// The code this value stands for (the byte, for byte codes).
    fn code(self) -> i32;

    /// Every code of this value's row: one code, or all the codes of a range
    /// row.
    fn codes(self) -> core::ops::RangeInclusive<i32>;

    /// The signed form of a byte code (`-140` for `0x74`); any other code as
    /// it is.
    fn signed(self) -> i32 {
        self.code()
    }

    /// The variant's name, as the table writes it.
    fn name(self) -> &'static str;

    /// What the code means, verbatim from the table.
    fn description(self) -> &'static str;

    /// The recommended solution, verbatim from the table, if it gives one.
    fn solution(self) -> Option<&'static str>;

    /// The description and solution in `language`, or in the other language
    /// where the table has none in `language`.
    fn text(self, language: Language) -> Text;

    /// The primary remedy: what a caller should do next.
    fn action(self) -> Action;
}
