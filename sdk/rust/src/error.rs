//! Error codes of the ABI (§2.3) and the result types handlers return.

use core::fmt;

/// An error returned by a host function. Each variant is one of the ABI's
/// negative error codes; [`Error::Other`] keeps codes this SDK does not know
/// (a newer host) so nothing is lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    /// -1 `ERR_INVALID_ARGUMENT`: bad pointer/length, malformed record,
    /// invalid UTF-8 where text is required, empty key.
    InvalidArgument,
    /// -2 `ERR_NOT_FOUND`: no such key / timer / kept result.
    NotFound,
    /// -3 `ERR_TOO_LARGE`: over a size limit.
    TooLarge,
    /// -4 `ERR_QUOTA`: over the skill's KV or timer quota.
    Quota,
    /// -5 `ERR_NOT_PERMITTED`: capability not granted in `bot.toml`.
    NotPermitted,
    /// -6 `ERR_UNAVAILABLE`: the host could not complete the call; retrying
    /// later may succeed.
    Unavailable,
    /// -7 `ERR_NO_CONVERSATION`: `reply` from an event with no conversation.
    NoConversation,
    /// -8 `ERR_DEADLINE`: the event's deadline passed during the call.
    Deadline,
    /// Any other negative code.
    Other(i32),
}

/// `0`, success.
pub const OK: i32 = 0;
pub const ERR_INVALID_ARGUMENT: i32 = -1;
pub const ERR_NOT_FOUND: i32 = -2;
pub const ERR_TOO_LARGE: i32 = -3;
pub const ERR_QUOTA: i32 = -4;
pub const ERR_NOT_PERMITTED: i32 = -5;
pub const ERR_UNAVAILABLE: i32 = -6;
pub const ERR_NO_CONVERSATION: i32 = -7;
pub const ERR_DEADLINE: i32 = -8;

impl Error {
    /// The error for a host return code, or `None` when `code >= 0`.
    #[inline]
    pub fn from_code(code: i32) -> Option<Error> {
        Some(match code {
            c if c >= 0 => return None,
            ERR_INVALID_ARGUMENT => Error::InvalidArgument,
            ERR_NOT_FOUND => Error::NotFound,
            ERR_TOO_LARGE => Error::TooLarge,
            ERR_QUOTA => Error::Quota,
            ERR_NOT_PERMITTED => Error::NotPermitted,
            ERR_UNAVAILABLE => Error::Unavailable,
            ERR_NO_CONVERSATION => Error::NoConversation,
            ERR_DEADLINE => Error::Deadline,
            c => Error::Other(c),
        })
    }

    /// The ABI code (always negative).
    pub fn code(self) -> i32 {
        match self {
            Error::InvalidArgument => ERR_INVALID_ARGUMENT,
            Error::NotFound => ERR_NOT_FOUND,
            Error::TooLarge => ERR_TOO_LARGE,
            Error::Quota => ERR_QUOTA,
            Error::NotPermitted => ERR_NOT_PERMITTED,
            Error::Unavailable => ERR_UNAVAILABLE,
            Error::NoConversation => ERR_NO_CONVERSATION,
            Error::Deadline => ERR_DEADLINE,
            Error::Other(c) => c,
        }
    }

    /// The ABI name, e.g. `"ERR_NOT_FOUND"`.
    pub fn name(self) -> &'static str {
        match self {
            Error::InvalidArgument => "ERR_INVALID_ARGUMENT",
            Error::NotFound => "ERR_NOT_FOUND",
            Error::TooLarge => "ERR_TOO_LARGE",
            Error::Quota => "ERR_QUOTA",
            Error::NotPermitted => "ERR_NOT_PERMITTED",
            Error::Unavailable => "ERR_UNAVAILABLE",
            Error::NoConversation => "ERR_NO_CONVERSATION",
            Error::Deadline => "ERR_DEADLINE",
            Error::Other(_) => "ERR_UNKNOWN",
        }
    }

    fn text(self) -> &'static str {
        match self {
            Error::InvalidArgument => "invalid argument",
            Error::NotFound => "not found",
            Error::TooLarge => "too large",
            Error::Quota => "quota exceeded",
            Error::NotPermitted => "not permitted",
            Error::Unavailable => "unavailable",
            Error::NoConversation => "no conversation",
            Error::Deadline => "deadline exceeded",
            Error::Other(_) => "error",
        }
    }
}

impl fmt::Display for Error {
    /// `bothost: not found (-2)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bothost: {} ({})", self.text(), self.code())
    }
}

impl std::error::Error for Error {}

/// Result of a host call.
pub type Result<T> = core::result::Result<T, Error>;

/// Any error a handler can return: `Err("text".into())`, `?` on a host call,
/// `?` on a `ParseIntError`, ...
pub type BoxError = Box<dyn std::error::Error>;

/// What handlers return. On `Err(e)` the SDK calls `set_error(e.to_string())`
/// and `bothost_handle` returns 1.
pub type HandlerResult = core::result::Result<(), BoxError>;

/// Turn a host return value into `Ok(n)` (n >= 0) or the error.
#[inline]
pub(crate) fn check(rc: i32) -> Result<i32> {
    if rc >= 0 {
        Ok(rc)
    } else {
        Err(Error::from_code(rc).unwrap_or(Error::Other(rc)))
    }
}
