namespace CrossbarSpice.Import.Data;

/// <summary>Which part of a dataset: the training images or the held-out test images.</summary>
public enum DatasetSplit
{
    /// <summary>The training split (Fashion-MNIST: 60,000 images).</summary>
    Train,

    /// <summary>The test split (Fashion-MNIST: 10,000 images, 1,000 per class).</summary>
    Test,
}
