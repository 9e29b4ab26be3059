package org.tierwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Counts and SHA-256-hashes every byte that passes through it. */
public final class HashingInputStream extends DigestInputStream {
  private long bytes;

  public HashingInputStream(InputStream in) {
    super(in, sha256Digest());
  }

  /** Size and checksum of a whole file, read once. */
  public static FileDigest digest(String file, Configuration hadoopConf) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(hadoopConf);
    try (HashingInputStream in = new HashingInputStream(fs.open(path))) {
      in.drain();
      return new FileDigest(in.bytes(), in.sha256());
    }
  }

  /** A file's size in bytes and its SHA-256 in hex. */
  public record FileDigest(long bytes, String sha256) {
    public FileDigest {
      java.util.Objects.requireNonNull(sha256, "sha256 is null");
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      bytes++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      bytes += n;
    }
    return n;
  }

  /** Reads what the consumer left unread, so the checksum covers the whole file. */
  public void drain() throws IOException {
    byte[] buffer = new byte[65536];
    while (read(buffer, 0, buffer.length) >= 0) {
      continue;
    }
  }

  public long bytes() {
    return bytes;
  }

  public String sha256() {
    return HexFormat.of().formatHex(getMessageDigest().digest());
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
