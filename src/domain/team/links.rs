//! Finding the links in a line people paste into the team view: one, several,
//! or a whole team link.

use super::SEPARATOR;

/// The links on one pasted line: none on an empty line; the line itself when it
/// holds one link (damage and all, for the decoder to name); each link when it holds
/// several (between spaces, commas or semicolons, or glued together); and each
/// respondent of a team link.
pub fn links_in(line: &str) -> Vec<&str> {
    if line.trim().is_empty() {
        return Vec::new();
    }
    let linked: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .flat_map(glued_apart)
        .filter(|token| token.contains('#'))
        .collect();
    let links = if linked.len() > 1 { linked } else { vec![line] };
    links.into_iter().flat_map(team_parts).collect()
}

/// Links stuck together without a space: split before each `http`.
fn glued_apart(token: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = token.match_indices("http").map(|(at, _)| at).collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(token.len());
    starts.windows(2).map(|w| &token[w[0]..w[1]]).collect()
}

/// A team link's respondents (the parts of its fragment); any other link itself.
fn team_parts(link: &str) -> Vec<&str> {
    match link.split_once('#') {
        Some((before, fragment)) if before.trim_end_matches('/').ends_with("/team") => fragment
            .split(SEPARATOR)
            .filter(|part| !part.trim().is_empty())
            .collect(),
        _ => vec![link],
    }
}
