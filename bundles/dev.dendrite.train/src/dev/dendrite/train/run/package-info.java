/** Running a training: the trainer, run directories, metrics. */
package dev.dendrite.train.run;
