fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let spec = msdk_codes_generator::spec::EnumSpec::plain("BigCode", "big.csv", "Big", Vec::new());
    let start = std::time::Instant::now();
    let out = msdk_codes_generator::expand::generate(&spec, &bytes);
    let elapsed = start.elapsed();
    let text = out.to_string();
    eprintln!("generate: {:?}, tokens text: {} bytes", elapsed, text.len());
    std::fs::write("/tmp/big/expanded.rs", text).unwrap();
}
