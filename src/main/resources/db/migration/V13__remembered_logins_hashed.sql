-- Remembered logins keep only a SHA-256 hash of the cookie's token from now on. Rows written before
-- hold the token itself: forget them, so those browsers ask for the password once more.
delete from persistent_logins;
