/// A code inside the range row `LOW..=HIGH`: the data of a variant that stands
/// for several codes, such as the `QqGroupCode` row for
/// `-500003 ~ -500009`.
///
/// Safe code cannot build one outside its range: [`new`](Self::new) checks at
/// run time and [`new_const`](Self::new_const) at compile time.
///
/// # Examples
///
/// ```
/// use msdk_codes::CodeInRange;
///
/// type Row = CodeInRange<-500009, -500003>;
/// assert_eq!(Row::new(-500005).map(Row::get), Some(-500005));
/// assert_eq!(Row::new(-500010), None);
/// assert_eq!(Row::new_const::<-500003>().get(), -500003);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CodeInRange<const LOW: i32, const HIGH: i32>(i32);

impl<const LOW: i32, const HIGH: i32> CodeInRange<LOW, HIGH> {
    /// `code`, if it lies within `LOW..=HIGH`.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::CodeInRange;
    ///
    /// assert!(CodeInRange::<16, 17>::new(17).is_some());
    /// assert!(CodeInRange::<16, 17>::new(18).is_none());
    /// ```
    #[must_use]
    pub const fn new(code: i32) -> Option<Self> {
        if LOW <= code && code <= HIGH {
            Some(CodeInRange(code))
        } else {
            None
        }
    }

    /// `CODE`, checked at compile time: a `CODE` outside `LOW..=HIGH` fails
    /// the build.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::CodeInRange;
    ///
    /// assert_eq!(CodeInRange::<16, 17>::new_const::<16>().get(), 16);
    /// ```
    ///
    /// ```compile_fail
    /// msdk_codes::CodeInRange::<16, 17>::new_const::<18>();
    /// ```
    #[must_use]
    pub const fn new_const<const CODE: i32>() -> Self {
        const {
            assert!(
                LOW <= CODE && CODE <= HIGH,
                "the code is outside the row's range"
            );
        }
        CodeInRange(CODE)
    }

    /// The code, within `LOW..=HIGH`.
    ///
    /// For a byte table (OIDB) this is the unsigned byte; the enum's `code()`
    /// gives the signed form.
    ///
    /// # Examples
    ///
    /// ```
    /// use msdk_codes::CodeInRange;
    ///
    /// assert_eq!(CodeInRange::<0, 9>::new(4).unwrap().get(), 4);
    /// ```
    #[must_use]
    pub const fn get(self) -> i32 {
        self.0
    }
}

/// The value of a range row's field holding `CODE`: what a code macro
/// writes inside the row's variant for a code in a range
/// (`Code::Row(<CodeInRange<1, 9> as InRange<5>>::VALUE)`). A constant, so
/// it is a pattern, and one nested in the variant's pattern, so the match
/// works through a reference as a variant path does.
pub trait InRange<const CODE: i32> {
    /// The value.
    const VALUE: Self;
}

impl<const LOW: i32, const HIGH: i32, const CODE: i32> InRange<CODE> for CodeInRange<LOW, HIGH> {
    const VALUE: Self = Self::new_const::<CODE>();
}
