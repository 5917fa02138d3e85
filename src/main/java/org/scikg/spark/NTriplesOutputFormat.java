package org.scikg.spark;

import java.io.IOException;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's text output (with its commit protocol: a task's file appears only when the task succeeds) with part
 * files named as N-Triples, {@code part-r-00000.nt} or {@code part-r-00000.nt.gz}, so that RDF tools and
 * {@code scikg load} know their syntax. Each value is one or more whole lines.
 */
public final class NTriplesOutputFormat extends TextOutputFormat<NullWritable, Text> {
    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, ".nt" + extension);
    }
}
