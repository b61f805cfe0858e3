namespace AttnTutorial.Training;

/// <summary>Where tensors live during training.</summary>
public enum TrainingDevice
{
    /// <summary>CUDA when TorchSharp sees a GPU, else the CPU.</summary>
    Auto,
    /// <summary>Always the CPU.</summary>
    Cpu,
    /// <summary>Always CUDA; fails when no GPU is available.</summary>
    Cuda,
}
