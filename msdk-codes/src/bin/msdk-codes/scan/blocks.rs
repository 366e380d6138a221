//! A source read in blocks of complete lines: each block holds what one
//! read brought (a file's read fills it; a pipe's brings what is there, so
//! a stream is answered as it comes), up to its last line end. The partial
//! line after it opens the next block; the last block of a source may end
//! without a line end. A line longer than a block grows the block.

use std::io::{self, Read};

/// A buffer of complete lines, reused from block to block: memory stays
/// flat however long the source.
pub struct Block {
    buffer: Vec<u8>,
    len: usize,
}

impl Block {
    pub fn new(size: usize) -> Block {
        Block {
            buffer: vec![0; size.max(1)],
            len: 0,
        }
    }

    pub fn lines(&self) -> &[u8] {
        &self.buffer[..self.len]
    }
}

pub struct Blocks<R> {
    source: R,
    /// The partial line at the end of the last read.
    carry: Vec<u8>,
    ended: bool,
}

impl<R: Read> Blocks<R> {
    pub fn new(source: R) -> Blocks<R> {
        Blocks {
            source,
            carry: Vec::new(),
            ended: false,
        }
    }

    /// Fills `block` with the next lines; false at the end of the source.
    pub fn next_into(&mut self, block: &mut Block) -> io::Result<bool> {
        block.len = 0;
        if self.ended {
            return Ok(false);
        }
        let mut filled = self.carry.len();
        if block.buffer.len() <= filled {
            block.buffer.resize(filled * 2, 0);
        }
        block.buffer[..filled].copy_from_slice(&self.carry);
        self.carry.clear();
        loop {
            if filled == block.buffer.len() {
                block.buffer.resize(filled * 2, 0);
            }
            let read = match self.source.read(&mut block.buffer[filled..]) {
                Ok(read) => read,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            };
            if read == 0 {
                self.ended = true;
                block.len = filled;
                return Ok(filled > 0);
            }
            let before = filled;
            filled += read;
            if let Some(last) = memchr::memrchr(b'\n', &block.buffer[before..filled]) {
                block.len = before + last + 1;
                self.carry
                    .extend_from_slice(&block.buffer[block.len..filled]);
                return Ok(true);
            }
        }
    }
}
